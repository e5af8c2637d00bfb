package se.samverkan.report;

/**
 * DRAFT → IN_REVIEW (steering group comments and approves) → APPROVED (frozen). Reopening an approved report makes
 * a new DRAFT revision and the approved one SUPERSEDED: frozen as it was and still readable.
 */
public enum ReportStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SUPERSEDED;

    public boolean frozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
