package se.samverkan.agreement;

/** How often the steering group meets. */
public enum MeetingRhythm {
    WEEKLY,
    BIWEEKLY,
    MONTHLY,
    QUARTERLY,
    BIANNUALLY
}
