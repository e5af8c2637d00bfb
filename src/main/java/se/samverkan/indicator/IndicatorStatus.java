package se.samverkan.indicator;

/** Whether an indicator is heading for its target (see {@link IndicatorMath#status}). */
public enum IndicatorStatus {
    ON_TRACK,
    NOT_ON_TRACK,
    NO_DATA
}
