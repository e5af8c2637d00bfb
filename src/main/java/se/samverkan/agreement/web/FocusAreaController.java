package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.common.FormConflict;
import se.samverkan.security.SamverkanUser;

@Controller
@RequestMapping("/overenskommelser/{agreementId}/fokusomraden")
class FocusAreaController {

    private static final String FORM = "agreement/focus-area-form";

    private final AgreementReader reader;
    private final FocusAreaService focusAreas;

    FocusAreaController(AgreementReader reader, FocusAreaService focusAreas) {
        this.reader = reader;
        this.focusAreas = focusAreas;
    }

    /** Every page here changes the agreement: strangers get 404, readers 403, before anything else. */
    @ModelAttribute("agreement")
    AgreementView agreement(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId) {
        return reader.editable(user, agreementId);
    }

    @GetMapping("/ny")
    String createForm(Model model) {
        model.addAttribute("form", new FocusAreaForm());
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") FocusAreaForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        long id = focusAreas.create(user, agreementId, form.toCommand());
        redirect.addFlashAttribute("saved", "focusArea.saved");
        return AgreementLinks.redirectTo(agreementId, "fokusomrade-" + id);
    }

    @GetMapping("/{focusAreaId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long focusAreaId, Model model) {
        model.addAttribute("form", FocusAreaForm.of(focusAreas.get(user, agreementId, focusAreaId)));
        model.addAttribute("partId", focusAreaId);
        return FORM;
    }

    @PostMapping("/{focusAreaId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long focusAreaId, @Valid @ModelAttribute("form") FocusAreaForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", focusAreaId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            focusAreas.update(user, agreementId, focusAreaId, form.toCommand());
        } catch (OptimisticLockingFailureException e) {
            FocusAreaForm current = FocusAreaForm.of(focusAreas.get(user, agreementId, focusAreaId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "focusArea.saved");
        return AgreementLinks.redirectTo(agreementId, "fokusomrade-" + focusAreaId);
    }

    @PostMapping("/{focusAreaId}/flytta")
    String move(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                @PathVariable long focusAreaId, @RequestParam("steg") int step) {
        focusAreas.move(user, agreementId, focusAreaId, step);
        return AgreementLinks.redirectTo(agreementId, "fokusomrade-" + focusAreaId);
    }

    @GetMapping("/{focusAreaId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                      @PathVariable long focusAreaId, Model model) {
        var area = focusAreas.get(user, agreementId, focusAreaId);
        var section = reader.document(user, agreementId).focusAreas().stream()
                .filter(candidate -> candidate.focusArea().id() == focusAreaId).findFirst().orElseThrow();
        model.addAttribute("removeDetail", new Object[] {
                section.impactGoals().size() + section.outputGoals().size(), section.measures().size()});
        return AgreementLinks.confirmRemoval(model, "focusArea.remove", area.title(),
                "/overenskommelser/" + agreementId + "/fokusomraden/" + focusAreaId + "/ta-bort");
    }

    @PostMapping("/{focusAreaId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long focusAreaId, RedirectAttributes redirect) {
        focusAreas.remove(user, agreementId, focusAreaId);
        redirect.addFlashAttribute("saved", "focusArea.removed");
        return AgreementLinks.redirectTo(agreementId, "fokusomraden");
    }
}
