package se.samverkan.meeting;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.agreement.AgreementView;

/**
 * The meetings section of the agreement page: the rhythm, the last held and the next planned meeting, whether a
 * meeting is overdue (and by which day it was due), the open action items and how many decisions there are.
 */
public record MeetingOverview(AgreementView agreement, MeetingSummary lastHeld, MeetingSummary next,
                              boolean overdue, LocalDate dueOn, List<ActionItemView> openActionItems,
                              long meetingCount, long decisionCount, LocalDate today) {
}
