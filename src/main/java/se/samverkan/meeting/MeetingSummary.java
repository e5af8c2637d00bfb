package se.samverkan.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting in a list: when and where, whether it is planned, and how many decisions and action items it has. */
public record MeetingSummary(long id, long agreementId, LocalDate date, LocalTime time, String place,
                             boolean planned, long decisionCount, long actionItemCount, long openActionItemCount) {
}
