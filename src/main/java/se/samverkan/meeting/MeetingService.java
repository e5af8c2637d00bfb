package se.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Writes steering-group meetings, their decisions and action items. Only the parties' coordinators (and
 * administrators) write, and only while the agreement is active: strangers get 404, readers 403, a closed
 * agreement 409 (all decided by {@link AgreementReader#forFollowUp}). Everything a meeting refers to must belong to
 * the same agreement.
 */
@Service
@Transactional
public class MeetingService {

    private final AgreementReader agreements;
    private final MeetingRepository meetings;
    private final MeetingDecisionRepository decisions;
    private final ActionItemRepository actionItems;
    private final Clock clock;

    MeetingService(AgreementReader agreements, MeetingRepository meetings, MeetingDecisionRepository decisions,
                   ActionItemRepository actionItems, Clock clock) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.clock = clock;
    }

    public long create(SamverkanUser user, long agreementId, MeetingCommand command) {
        checkAttendees(writableParts(user, agreementId), command.attendeeIds());
        return meetings.save(new Meeting(agreementId, command)).getId();
    }

    public void update(SamverkanUser user, long agreementId, long meetingId, MeetingCommand command) {
        AgreementParts parts = writableParts(user, agreementId);
        Meeting meeting = find(agreementId, meetingId);
        checkVersion(meeting.getVersion(), command.version(), Meeting.class, meetingId);
        checkAttendees(parts, command.attendeeIds());
        // What a held meeting produced cannot come out of a meeting that has not taken place.
        if (command.date().isAfter(LocalDate.now(clock)) && hasOutcomes(meetingId)) {
            throw new FieldRejectedException("meetingDate", "meeting.date.hasOutcomes");
        }
        meeting.change(command);
    }

    public long addDecision(SamverkanUser user, long agreementId, long meetingId, DecisionCommand command) {
        AgreementParts parts = writableParts(user, agreementId);
        Meeting meeting = find(agreementId, meetingId);
        meeting.requireHeld(LocalDate.now(clock));
        if (command.subject() != null && parts.titleOf(command.subject()) == null) {
            throw new FieldRejectedException("decisionSubject", "meetingDecision.subject.unknown");
        }
        return decisions.save(new MeetingDecision(meeting, command.text(), command.subject())).getId();
    }

    public void removeDecision(SamverkanUser user, long agreementId, long meetingId, long decisionId) {
        agreements.forFollowUp(user, agreementId);
        find(agreementId, meetingId);
        decisions.delete(findDecision(meetingId, decisionId));
    }

    public long addActionItem(SamverkanUser user, long agreementId, long meetingId, ActionItemCommand command) {
        AgreementParts parts = writableParts(user, agreementId);
        Meeting meeting = find(agreementId, meetingId);
        meeting.requireHeld(LocalDate.now(clock));
        String ownerName = parts.nameOf(command.owner());
        if (ownerName == null) {
            throw new FieldRejectedException("actionOwner", "actionItem.owner.unknown");
        }
        if (command.dueDate().isBefore(meeting.getMeetingDate())) {
            throw new FieldRejectedException("actionDueDate", "actionItem.dueDate.beforeMeeting");
        }
        return actionItems.save(new ActionItem(meeting, command.description(), command.owner(), ownerName,
                command.dueDate())).getId();
    }

    /**
     * Marks the item done on {@code doneOn}, which lies between the meeting and today. {@code version} is the one
     * the user saw: a stale one answers 409, and so does a meeting that has not been held (yet).
     */
    public void markDone(SamverkanUser user, long agreementId, long meetingId, long itemId, LocalDate doneOn,
                         long version) {
        agreements.forFollowUp(user, agreementId);
        Meeting meeting = find(agreementId, meetingId);
        ActionItem item = actionItems.findByIdAndMeetingId(itemId, meetingId)
                .orElseThrow(() -> new NotFoundException("Action item", itemId));
        checkVersion(item.getVersion(), version, ActionItem.class, itemId);
        meeting.requireHeld(LocalDate.now(clock));
        if (doneOn.isAfter(LocalDate.now(clock)) || doneOn.isBefore(meeting.getMeetingDate())) {
            throw new MeetingStateException("actionItem.doneOn.outside");
        }
        item.markDone(doneOn);
    }

    /** The decision of the meeting, for a confirmation page (after the same checks as removing it). */
    @Transactional(readOnly = true)
    public DecisionView decision(SamverkanUser user, long agreementId, long meetingId, long decisionId) {
        agreements.forFollowUp(user, agreementId);
        find(agreementId, meetingId);
        MeetingDecision decision = findDecision(meetingId, decisionId);
        return new DecisionView(decision.getId(), decision.getText(), decision.subject(), null);
    }

    private AgreementParts writableParts(SamverkanUser user, long agreementId) {
        agreements.forFollowUp(user, agreementId);
        return AgreementParts.of(agreements.document(user, agreementId));
    }

    private boolean hasOutcomes(long meetingId) {
        return decisions.existsByMeetingId(meetingId) || actionItems.existsByMeetingId(meetingId);
    }

    private static void checkAttendees(AgreementParts parts, Set<Long> attendeeIds) {
        if (!parts.members().keySet().containsAll(attendeeIds)) {
            throw new FieldRejectedException("attendeeIds", "meeting.attendees.unknown");
        }
    }

    private static void checkVersion(long stored, long edited, Class<?> type, long id) {
        if (stored != edited) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private Meeting find(long agreementId, long meetingId) {
        return meetings.findByIdAndAgreementId(meetingId, agreementId)
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private MeetingDecision findDecision(long meetingId, long decisionId) {
        return decisions.findByIdAndMeetingId(decisionId, meetingId)
                .orElseThrow(() -> new NotFoundException("Decision", decisionId));
    }
}
