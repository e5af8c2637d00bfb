package se.samverkan.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
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
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.FormConflict;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.meeting.MeetingService;
import se.samverkan.security.SamverkanUser;

/** The steering group's meetings of one agreement: the list, one meeting, and the form to plan or record one. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/moten")
class MeetingController {

    private static final String FORM = "meeting/form";

    private final AgreementReader agreements;
    private final MeetingReader reader;
    private final MeetingService meetings;
    private final Clock clock;

    MeetingController(AgreementReader agreements, MeetingReader reader, MeetingService meetings, Clock clock) {
        this.agreements = agreements;
        this.reader = reader;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("agreement", agreements.get(user, agreementId));
        model.addAttribute("page", reader.list(user, agreementId, pageable));
        model.addAttribute("today", LocalDate.now(clock));
        return "meeting/list";
    }

    @GetMapping("/{meetingId}")
    String show(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                @PathVariable long meetingId, Model model) {
        model.addAttribute("meeting", reader.get(user, agreementId, meetingId));
        return "meeting/show";
    }

    @GetMapping("/ny")
    String createForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId, Model model) {
        options(user, agreementId, model);
        MeetingForm form = new MeetingForm();
        form.setMeetingDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/ny")
    String create(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        options(user, agreementId, model);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long id = meetings.create(user, agreementId, form.toCommand());
            redirect.addFlashAttribute("saved", "meeting.saved");
            return redirectTo(agreementId, id, "");
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        }
    }

    @GetMapping("/{meetingId}/redigera")
    String editForm(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                    @PathVariable long meetingId, Model model) {
        options(user, agreementId, model);
        model.addAttribute("form", MeetingForm.of(reader.get(user, agreementId, meetingId)));
        model.addAttribute("meetingId", meetingId);
        return FORM;
    }

    @PostMapping("/{meetingId}/redigera")
    String update(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                  @PathVariable long meetingId, @Valid @ModelAttribute("form") MeetingForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        options(user, agreementId, model);
        model.addAttribute("meetingId", meetingId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            meetings.update(user, agreementId, meetingId, form.toCommand());
        } catch (FieldRejectedException e) {
            e.rejectIn(result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            MeetingForm current = MeetingForm.of(reader.get(user, agreementId, meetingId));
            form.setVersion(current.getVersion());
            FormConflict.show(model, result, response, current);
            return FORM;
        }
        redirect.addFlashAttribute("saved", "meeting.saved");
        return redirectTo(agreementId, meetingId, "");
    }

    /** Strangers get 404, readers 403 and a closed agreement 409 before any form is shown or bound. */
    private void options(SamverkanUser user, long agreementId, Model model) {
        agreements.forFollowUp(user, agreementId);
        MeetingOptions.attendees(agreements.document(user, agreementId), model);
    }

    static String redirectTo(long agreementId, long meetingId, String anchor) {
        return "redirect:/overenskommelser/" + agreementId + "/moten/" + meetingId + anchor;
    }
}
