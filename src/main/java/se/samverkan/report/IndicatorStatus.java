package se.samverkan.report;

import java.math.BigDecimal;

/** Where an indicator stands at the end of the report's year. */
public enum IndicatorStatus {
    ON_TRACK,
    NOT_ON_TRACK,
    NO_DATA;

    /**
     * On track when the latest value has reached the target, or has moved from the baseline in the intended
     * direction; not on track when it stands still or moved the wrong way; no data without a value. Without a
     * baseline only reaching the target counts.
     */
    public static IndicatorStatus of(BigDecimal baseline, BigDecimal target, BigDecimal latest,
                                     IndicatorDirection direction) {
        if (latest == null) {
            return NO_DATA;
        }
        int sign = direction == IndicatorDirection.INCREASE ? 1 : -1;
        if (target != null && latest.compareTo(target) * sign >= 0) {
            return ON_TRACK;
        }
        if (baseline != null && latest.compareTo(baseline) * sign > 0) {
            return ON_TRACK;
        }
        return NOT_ON_TRACK;
    }
}
