package se.samverkan.meeting;

import java.time.LocalDate;
import se.samverkan.agreement.MeetingRhythm;

/**
 * An agreement whose steering group has not met as often as its rhythm says: the last meeting held (null when none
 * was), the day by which the next should have been, and the next meeting already planned (ids and date null when
 * none is).
 */
public record OverdueMeetings(long agreementId, String agreementTitle, MeetingRhythm rhythm, LocalDate lastHeld,
                              LocalDate dueOn, Long plannedMeetingId, LocalDate plannedDate) {
}
