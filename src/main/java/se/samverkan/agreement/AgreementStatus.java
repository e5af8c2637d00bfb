package se.samverkan.agreement;

/** DRAFT → ACTIVE (signed) → ENDED (period over or ended early); REPLACED when a newer version is signed. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    ENDED,
    REPLACED;

    /** Ended and replaced agreements keep their content as it was. */
    public boolean editable() {
        return this == DRAFT || this == ACTIVE;
    }
}
