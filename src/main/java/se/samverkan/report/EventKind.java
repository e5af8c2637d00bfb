package se.samverkan.report;

/** What happened to a report, in its history. */
public enum EventKind {
    CREATED,
    SECTION_SAVED,
    SUBMITTED,
    COMMENTED,
    ANSWERED,
    RESOLVED,
    APPROVED,
    FROZEN,
    REOPENED,
    PRESENTED
}
