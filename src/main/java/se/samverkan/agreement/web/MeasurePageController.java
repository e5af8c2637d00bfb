package se.samverkan.agreement.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.MeasureDetail;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.security.SamverkanUser;

/** A measure's own page: what it is, its latest status, its update history and the form to record an update. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/atgarder/{measureId}")
class MeasurePageController {

    private static final String VIEW = "agreement/measure";
    private static final int UPDATES_PER_PAGE = 10;

    private final AgreementReader reader;
    private final MeasureFollowUp followUp;
    private final Clock clock;

    MeasurePageController(AgreementReader reader, MeasureFollowUp followUp, Clock clock) {
        this.reader = reader;
        this.followUp = followUp;
        this.clock = clock;
    }

    @ModelAttribute("measureStatuses")
    MeasureStatus[] measureStatuses() {
        return MeasureStatus.values();
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                @PathVariable long measureId, @PageableDefault(size = UPDATES_PER_PAGE) Pageable pageable,
                Model model) {
        MeasureDetail detail = followUp.detail(user, agreementId, measureId, pageable);
        MeasureUpdateForm form = new MeasureUpdateForm();
        form.setUpdateDate(LocalDate.now(clock));
        form.setUpdateStatus(detail.measure().status());
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        return VIEW;
    }

    @PostMapping("/uppdateringar")
    String record(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long measureId, @Valid @ModelAttribute("form") MeasureUpdateForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        // Strangers get 404, readers 403 and a closed agreement 409 before any input is looked at.
        reader.forFollowUp(user, agreementId);
        if (!result.hasErrors()) {
            try {
                followUp.record(user, agreementId, measureId, form.toCommand());
                redirect.addFlashAttribute("saved", "measureUpdate.saved");
                return "redirect:/overenskommelser/" + agreementId + "/atgarder/" + measureId + "#uppdateringar";
            } catch (FieldRejectedException e) {
                e.rejectIn(result);
            }
        }
        model.addAttribute("detail", followUp.detail(user, agreementId, measureId, Pageable.ofSize(UPDATES_PER_PAGE)));
        return VIEW;
    }
}
