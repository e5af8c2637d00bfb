package se.samverkan.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** The next steering-group meeting of one of the user's organisation's agreements. */
public record NextMeeting(long meetingId, LocalDate date, LocalTime time, String place, long agreementId,
                          String agreementTitle) {
}
