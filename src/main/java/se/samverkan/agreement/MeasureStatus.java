package se.samverkan.agreement;

public enum MeasureStatus {
    PLANNED,
    ONGOING,
    DONE,
    POSTPONED,
    CANCELLED
}
