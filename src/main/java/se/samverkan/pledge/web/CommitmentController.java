package se.samverkan.pledge.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import se.samverkan.common.Option;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.security.SamverkanUser;

/** "Det här ska vi göra": the commitments of a pledge. */
@Controller
@RequestMapping("/loften/{pledgeId}/ataganden")
class CommitmentController {

    private static final String FORM = "pledge/commitment-form";

    private final PledgeReader reader;
    private final CommitmentService commitments;

    CommitmentController(PledgeReader reader, CommitmentService commitments) {
        this.reader = reader;
        this.commitments = commitments;
    }

    @ModelAttribute("pledge")
    PledgeDocument pledge(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId) {
        return reader.editable(user, pledgeId);
    }

    @ModelAttribute
    void options(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                 @ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        model.addAttribute("parties", pledge.parties().stream()
                .map(party -> new Option(party.id(), party.name())).toList());
        List<Option> measures = commitments.measureOptions(user, pledgeId).entrySet().stream()
                .map(entry -> new Option(entry.getKey(), entry.getValue())).toList();
        model.addAttribute("measures", measures);
    }

    @GetMapping("/ny")
    String createForm(@ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireDraft(pledge);
        model.addAttribute("form", new CommitmentForm());
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @Valid @ModelAttribute("form") CommitmentForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = commitments.add(user, pledgeId, form.toCommand());
            redirect.addFlashAttribute("saved", "commitment.saved");
            return PledgeLinks.redirectTo(pledgeId, "atagande-" + id);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{commitmentId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                    @PathVariable long commitmentId,
                    @ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireNotCompleted(pledge);
        model.addAttribute("form", CommitmentForm.of(commitments.get(user, pledgeId, commitmentId)));
        model.addAttribute("partId", commitmentId);
        return FORM;
    }

    @PostMapping("/{commitmentId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @PathVariable long commitmentId, @Valid @ModelAttribute("form") CommitmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("partId", commitmentId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            commitments.update(user, pledgeId, commitmentId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            CommitmentForm current = CommitmentForm.of(commitments.get(user, pledgeId, commitmentId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "commitment.saved");
        return PledgeLinks.redirectTo(pledgeId, "atagande-" + commitmentId);
    }

    @GetMapping("/{commitmentId}/ta-bort")
    String removeForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                      @PathVariable long commitmentId,
                      @ModelAttribute(name = "pledge", binding = false) PledgeDocument pledge, Model model) {
        PledgeStates.requireDraft(pledge);
        return PledgeLinks.confirmRemoval(model, "commitment.remove", null,
                commitments.get(user, pledgeId, commitmentId).description(),
                "/loften/" + pledgeId + "/ataganden/" + commitmentId + "/ta-bort");
    }

    @PostMapping("/{commitmentId}/ta-bort")
    String remove(@AuthenticationPrincipal SamverkanUser user, @PathVariable long pledgeId,
                  @PathVariable long commitmentId, RedirectAttributes redirect) {
        commitments.remove(user, pledgeId, commitmentId);
        redirect.addFlashAttribute("saved", "commitment.removed");
        return PledgeLinks.redirectTo(pledgeId, "ataganden");
    }
}
