package se.samverkan.agreement;

import java.time.LocalDate;

/** An active agreement the user's organisation is a party to, with what follow-up needs to know of it. */
public record FollowUpAgreement(long id, String title, LocalDate periodStart, LocalDate periodEnd,
                                MeetingRhythm meetingRhythm) {
}
