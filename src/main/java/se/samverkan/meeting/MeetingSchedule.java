package se.samverkan.meeting;

import java.time.LocalDate;
import se.samverkan.agreement.MeetingRhythm;

/**
 * When the steering group should meet next according to its rhythm. A meeting is overdue when the last one held
 * (or, before any, the agreement's start) plus the rhythm's interval lies before today.
 */
final class MeetingSchedule {

    private MeetingSchedule() {
    }

    static LocalDate dueAfter(MeetingRhythm rhythm, LocalDate since) {
        return switch (rhythm) {
            case WEEKLY -> since.plusWeeks(1);
            case BIWEEKLY -> since.plusWeeks(2);
            case MONTHLY -> since.plusMonths(1);
            case QUARTERLY -> since.plusMonths(3);
            case BIANNUALLY -> since.plusMonths(6);
        };
    }

    /** The day the next meeting is due; null without a rhythm. */
    static LocalDate nextDue(MeetingRhythm rhythm, LocalDate lastHeld, LocalDate agreementStart) {
        return rhythm == null ? null : dueAfter(rhythm, lastHeld != null ? lastHeld : agreementStart);
    }

    static boolean overdue(MeetingRhythm rhythm, LocalDate lastHeld, LocalDate agreementStart, LocalDate today) {
        LocalDate due = nextDue(rhythm, lastHeld, agreementStart);
        return due != null && due.isBefore(today);
    }
}
