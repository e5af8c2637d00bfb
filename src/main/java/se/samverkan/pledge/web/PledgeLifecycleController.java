package se.samverkan.pledge.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.security.SamverkanUser;

/** A pledge's life: publish it, write its year-end result, extend it into a new period, remove a draft. */
@Controller
@RequestMapping("/loften/{pledgeId}")
class PledgeLifecycleController {

    private final PledgeReader reader;
    private final PledgeService pledges;
    private final Clock clock;

    PledgeLifecycleController(PledgeReader reader, PledgeService pledges, Clock clock) {
        this.reader = reader;
        this.pledges = pledges;
        this.clock = clock;
    }

    @ModelAttribute("pledge")
    PledgeDocument pledge(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId) {
        return reader.editable(user, pledgeId);
    }

    /** Lists what is still missing, or asks for the publication date. */
    @GetMapping("/publicera")
    String publishForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                       @ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireDraft(pledge);
        PublishForm form = new PublishForm();
        form.setPublishedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return publishPage(user, pledgeId, model);
    }

    @PostMapping("/publicera")
    String publish(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                   @Valid @ModelAttribute("form") PublishForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return publishPage(user, pledgeId, model);
        }
        try {
            pledges.publish(user, pledgeId, form.getPublishedOn());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return publishPage(user, pledgeId, model);
        }
        redirect.addFlashAttribute("saved", "pledge.published");
        return PledgeLinks.redirectTo(pledgeId, null);
    }

    private String publishPage(SamverkanUser user, long pledgeId, Model model) {
        model.addAttribute("missing", pledges.missingForPublication(user, pledgeId));
        return "pledge/publish";
    }

    @GetMapping("/resultat")
    String resultForm(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requirePublic(pledge);
        model.addAttribute("form", ResultForm.of(pledge, LocalDate.now(clock)));
        return "pledge/result-form";
    }

    @PostMapping("/resultat")
    String writeResult(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                       @Valid @ModelAttribute("form") ResultForm form, BindingResult result, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            return "pledge/result-form";
        }
        try {
            pledges.writeResult(user, pledgeId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return "pledge/result-form";
        } catch (OptimisticLockingFailureException e) {
            ResultForm current = ResultForm.of(reader.document(user, pledgeId), LocalDate.now(clock));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return "pledge/result-form";
        }
        redirect.addFlashAttribute("saved", "pledge.resultSaved");
        return PledgeLinks.redirectTo(pledgeId, "resultat");
    }

    /** A draft for the next period; asking again opens the draft made the first time. */
    @PostMapping("/forlang")
    String extend(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  RedirectAttributes redirect) {
        long next = pledges.extend(user, pledgeId);
        redirect.addFlashAttribute("saved", "pledge.extended");
        return PledgeLinks.redirectTo(next, null);
    }

    @GetMapping("/ta-bort")
    String removeForm(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireDraft(pledge);
        return PledgeLinks.confirmRemoval(model, "pledge.remove", "pledge.remove.detail", pledge.title(),
                "/loften/" + pledge.id() + "/ta-bort");
    }

    @PostMapping("/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  RedirectAttributes redirect) {
        pledges.removeDraft(user, pledgeId);
        redirect.addFlashAttribute("saved", "pledge.removed");
        return "redirect:/loften";
    }
}
