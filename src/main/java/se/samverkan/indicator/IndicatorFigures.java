package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.common.SwedishNumbers;

/**
 * The figures of an indicator as follow-up reads them, computed with {@link IndicatorMath}: the latest value, how
 * far it is from the target, the change since the baseline, the share of the way covered, and the status.
 * {@code latest} is null when nothing has been measured yet.
 */
public record IndicatorFigures(ValueView latest, IndicatorMath.Distance distance, BigDecimal change,
                               BigDecimal changePercent, BigDecimal progressShare, IndicatorStatus status) {

    /** The figures for the indicator given its values, oldest first. */
    public static IndicatorFigures of(IndicatorView indicator, List<ValueView> values) {
        ValueView latest = values.isEmpty() ? null : values.get(values.size() - 1);
        BigDecimal latestValue = latest == null ? null : latest.shown();
        BigDecimal share = IndicatorMath.progressShare(indicator.baselineValue(), indicator.targetValue(),
                latestValue);
        IndicatorStatus status = IndicatorMath.status(indicator.direction(), indicator.baselineValue(),
                indicator.baselinePeriod() == null ? null : indicator.baselinePeriod().end(),
                indicator.targetValue(), indicator.targetPeriod().end(),
                latestValue, latest == null ? null : latest.period().end());
        return new IndicatorFigures(latest,
                IndicatorMath.distanceToTarget(latestValue, indicator.targetValue(), indicator.direction()),
                IndicatorMath.changeFromBaseline(indicator.baselineValue(), latestValue),
                IndicatorMath.changeFromBaselinePercent(indicator.baselineValue(), latestValue), share, status);
    }

    /** What is left to the target, as text; null when there is nothing to compare. */
    public String leftText() {
        return distance == null ? null : SwedishNumbers.format(distance.left());
    }

    /** The change since the baseline with its sign ("+2,5", "−3"); null without a baseline or value. */
    public String changeText() {
        return change == null ? null : (change.signum() > 0 ? "+" : "") + SwedishNumbers.format(change);
    }

    public String changePercentText() {
        return changePercent == null ? null : (changePercent.signum() > 0 ? "+" : "")
                + SwedishNumbers.format(changePercent);
    }

    public int progressPercent() {
        return IndicatorMath.progressPercent(progressShare);
    }
}
