package se.samverkan.pledge.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.samverkan.common.FieldRejectedException;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.ProgressUpdateService;
import se.samverkan.security.SamverkanUser;

/** "Följ med i hur det går": a progress update for residents, shown on the public page and in the feeds. */
@Controller
@RequestMapping("/loften/{pledgeId}/uppdateringar")
class ProgressUpdateController {

    private static final String FORM = "pledge/update-form";

    private final PledgeReader reader;
    private final ProgressUpdateService updates;
    private final Clock clock;

    ProgressUpdateController(PledgeReader reader, ProgressUpdateService updates, Clock clock) {
        this.reader = reader;
        this.updates = updates;
        this.clock = clock;
    }

    @ModelAttribute("pledge")
    PledgeDocument pledge(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId) {
        return reader.editable(user, pledgeId);
    }

    @ModelAttribute("commitmentStatuses")
    CommitmentStatus[] commitmentStatuses() {
        return CommitmentStatus.values();
    }

    @GetMapping("/ny")
    String createForm(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requirePublished(pledge);
        UpdateForm form = new UpdateForm();
        form.setPublishedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @Valid @ModelAttribute("form") UpdateForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = updates.post(user, pledgeId, form.toCommand());
            redirect.addFlashAttribute("saved", "update.saved");
            return PledgeLinks.redirectTo(pledgeId, "uppdatering-" + id);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }
}
