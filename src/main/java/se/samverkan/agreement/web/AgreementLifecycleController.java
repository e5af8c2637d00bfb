package se.samverkan.agreement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.MeetingRhythm;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.security.SamverkanUser;

/**
 * An agreement's life: sign a draft, end an active one, start a new version, show it publicly, and set the
 * steering group's rhythm. Each action that cannot be undone asks for confirmation on a page of its own.
 */
@Controller
@RequestMapping("/overenskommelser/{id}")
class AgreementLifecycleController {

    private final AgreementReader reader;
    private final AgreementService agreements;
    private final Clock clock;

    AgreementLifecycleController(AgreementReader reader, AgreementService agreements, Clock clock) {
        this.reader = reader;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/underteckna")
    String signForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        reader.editable(user, id);
        model.addAttribute("document", reader.document(user, id));
        return "agreement/sign";
    }

    @PostMapping("/underteckna")
    String sign(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, RedirectAttributes redirect) {
        agreements.sign(user, id);
        redirect.addFlashAttribute("saved", "agreement.signed");
        return "redirect:/overenskommelser/" + id;
    }

    @GetMapping("/avsluta")
    String endForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        var agreement = reader.editable(user, id);
        EndForm form = new EndForm();
        form.setEndedOn(LocalDate.now(clock));
        form.setVersion(agreement.version());
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        return "agreement/end";
    }

    @PostMapping("/avsluta")
    String end(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id,
               @Valid @ModelAttribute("form") EndForm form, BindingResult result, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        var agreement = reader.editable(user, id);
        model.addAttribute("agreement", agreement);
        if (result.hasErrors()) {
            return "agreement/end";
        }
        try {
            agreements.end(user, id, form.getEndedOn(), form.getEndedReason(), form.getVersion());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return "agreement/end";
        } catch (OptimisticLockingFailureException e) {
            form.setVersion(reader.editable(user, id).version());
            FormConflict.show(model, result, response, null);
            return "agreement/end";
        }
        redirect.addFlashAttribute("saved", "agreement.ended");
        return "redirect:/overenskommelser/" + id;
    }

    @GetMapping("/ny-version")
    String newVersionForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        model.addAttribute("agreement", reader.editable(user, id));
        return "agreement/new-version";
    }

    @PostMapping("/ny-version")
    String newVersion(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id,
                      RedirectAttributes redirect) {
        long draftId = agreements.newVersion(user, id);
        redirect.addFlashAttribute("saved", "agreement.newVersionCreated");
        return "redirect:/overenskommelser/" + draftId;
    }

    @GetMapping("/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        var agreement = reader.editable(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("removeWholeDraft", true);
        return AgreementLinks.confirmRemoval(model, "agreement.remove", agreement.title(),
                "/overenskommelser/" + id + "/ta-bort");
    }

    @PostMapping("/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, RedirectAttributes redirect) {
        agreements.removeDraft(user, id);
        redirect.addFlashAttribute("saved", "agreement.removed");
        return "redirect:/overenskommelser";
    }

    @PostMapping("/publicering")
    String publish(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id,
                   @RequestParam("publik") boolean publicSummary, RedirectAttributes redirect) {
        agreements.setPublic(user, id, publicSummary);
        redirect.addFlashAttribute("saved", publicSummary ? "agreement.madePublic" : "agreement.madeInternal");
        return "redirect:/overenskommelser/" + id;
    }

    @GetMapping("/styrgrupp")
    String steeringGroupForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id, Model model) {
        var agreement = reader.editable(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("rhythms", MeetingRhythm.values());
        model.addAttribute("form", SteeringGroupForm.of(agreement));
        return "agreement/steering-group-form";
    }

    @PostMapping("/styrgrupp")
    String steeringGroup(@AuthenticationPrincipal SamverkanUser user, @PathVariable long id,
                         @Valid @ModelAttribute("form") SteeringGroupForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        var agreement = reader.editable(user, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("rhythms", MeetingRhythm.values());
        if (result.hasErrors()) {
            return "agreement/steering-group-form";
        }
        try {
            agreements.updateSteeringGroup(user, id, form.getMeetingRhythm(), form.getReportRecipients(),
                    form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            SteeringGroupForm current = SteeringGroupForm.of(reader.editable(user, id));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return "agreement/steering-group-form";
        }
        redirect.addFlashAttribute("saved", "agreement.steeringGroupSaved");
        return "redirect:/overenskommelser/" + id + "#styrgrupp";
    }
}
