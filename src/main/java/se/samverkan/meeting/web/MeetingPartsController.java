package se.samverkan.meeting.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
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
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.meeting.MeetingDocument;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.meeting.MeetingService;
import se.samverkan.security.SamverkanUser;

/** What a held meeting produced: decisions (added and removed) and action items (added and marked done). */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/moten/{meetingId}")
class MeetingPartsController {

    private static final String DECISION_FORM = "meeting/decision-form";
    private static final String ACTION_ITEM_FORM = "meeting/action-item-form";

    private final AgreementReader agreements;
    private final MeetingReader reader;
    private final MeetingService meetings;
    private final Clock clock;

    MeetingPartsController(AgreementReader agreements, MeetingReader reader, MeetingService meetings, Clock clock) {
        this.agreements = agreements;
        this.reader = reader;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/beslut/ny")
    String decisionForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                        @PathVariable long meetingId, Model model) {
        MeetingOptions.subjects(heldMeeting(user, agreementId, meetingId, model), model);
        model.addAttribute("form", new DecisionForm());
        return DECISION_FORM;
    }

    @PostMapping("/beslut/ny")
    String addDecision(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                       @PathVariable long meetingId, @Valid @ModelAttribute("form") DecisionForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        MeetingOptions.subjects(heldMeeting(user, agreementId, meetingId, model), model);
        return save(result, DECISION_FORM, "decisionSubject", "meetingDecision.subject.unknown", () -> {
            long id = meetings.addDecision(user, agreementId, meetingId, form.toCommand());
            redirect.addFlashAttribute("saved", "meetingDecision.saved");
            return MeetingController.redirectTo(agreementId, meetingId, "#beslut-" + id);
        });
    }

    @GetMapping("/beslut/{decisionId}/ta-bort")
    String removeDecisionForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                              @PathVariable long meetingId, @PathVariable long decisionId, Model model) {
        model.addAttribute("decision", meetings.decision(user, agreementId, meetingId, decisionId));
        model.addAttribute("meeting", reader.get(user, agreementId, meetingId));
        return "meeting/remove-decision";
    }

    @PostMapping("/beslut/{decisionId}/ta-bort")
    String removeDecision(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                          @PathVariable long meetingId, @PathVariable long decisionId, RedirectAttributes redirect) {
        meetings.removeDecision(user, agreementId, meetingId, decisionId);
        redirect.addFlashAttribute("saved", "meetingDecision.removed");
        return MeetingController.redirectTo(agreementId, meetingId, "#beslut");
    }

    @GetMapping("/atgardspunkter/ny")
    String actionItemForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                          @PathVariable long meetingId, Model model) {
        MeetingOptions.owners(heldMeeting(user, agreementId, meetingId, model), model);
        ActionItemForm form = new ActionItemForm();
        form.setActionDueDate(LocalDate.now(clock).plusMonths(1));
        model.addAttribute("form", form);
        return ACTION_ITEM_FORM;
    }

    @PostMapping("/atgardspunkter/ny")
    String addActionItem(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                         @PathVariable long meetingId, @Valid @ModelAttribute("form") ActionItemForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        MeetingOptions.owners(heldMeeting(user, agreementId, meetingId, model), model);
        return save(result, ACTION_ITEM_FORM, "actionOwner", "actionItem.owner.unknown", () -> {
            long id = meetings.addActionItem(user, agreementId, meetingId, form.toCommand());
            redirect.addFlashAttribute("saved", "actionItem.saved");
            return MeetingController.redirectTo(agreementId, meetingId, "#atgardspunkt-" + id);
        });
    }

    @PostMapping("/atgardspunkter/{itemId}/klar")
    String markDone(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long meetingId, @PathVariable long itemId, @RequestParam long version,
                    RedirectAttributes redirect) {
        meetings.markDone(user, agreementId, meetingId, itemId, LocalDate.now(clock), version);
        redirect.addFlashAttribute("saved", "actionItem.done");
        return MeetingController.redirectTo(agreementId, meetingId, "#atgardspunkt-" + itemId);
    }

    /**
     * Saves a valid form and returns where to go next; otherwise the form again with its errors. A choice the form
     * never offered (a made-up value in {@code choiceField}) is told as {@code unknownChoiceKey}.
     */
    private static String save(BindingResult result, String form, String choiceField, String unknownChoiceKey,
                               Supplier<String> save) {
        if (result.hasErrors()) {
            return form;
        }
        try {
            return save.get();
        } catch (IllegalArgumentException e) {
            result.rejectValue(choiceField, unknownChoiceKey);
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
        }
        return form;
    }

    /**
     * The meeting for a form that adds to it: strangers get 404, readers 403, a closed agreement 409, and a meeting
     * that has not taken place yet 409 too (nothing can have been decided there).
     */
    private AgreementDocument heldMeeting(SamverkanUser user, long agreementId, long meetingId, Model model) {
        agreements.forFollowUp(user, agreementId);
        MeetingDocument meeting = reader.get(user, agreementId, meetingId);
        meeting.requireHeld();
        model.addAttribute("meeting", meeting);
        return agreements.document(user, agreementId);
    }
}
