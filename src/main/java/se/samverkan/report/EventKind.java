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
    PRESENTED,
    /** A text was changed in review, so the approvals already given were removed ({@code detail}: the section). */
    APPROVALS_CLEARED,
    PUBLISHED,
    UNPUBLISHED
}
