package se.samverkan.pledge;

/** DRAFT → PUBLISHED (residents see it) → COMPLETED (the year-end result is written). */
public enum PledgeStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
