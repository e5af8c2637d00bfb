package se.samverkan.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.SteeringGroupMemberView;

/** One meeting as its page shows it, with its agreement, attendees, decisions and action items. */
public record MeetingDocument(AgreementView agreement, long id, LocalDate date, LocalTime time, String place,
                              boolean planned, List<SteeringGroupMemberView> attendees, String agenda, String notes,
                              List<DecisionView> decisions, List<ActionItemView> actionItems, LocalDate today,
                              long version) {

    /** Decisions and action items come out of a meeting that has taken place: otherwise 409. */
    public void requireHeld() {
        if (planned) {
            throw new MeetingStateException("meeting.state.planned");
        }
    }
}
