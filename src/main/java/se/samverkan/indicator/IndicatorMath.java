package se.samverkan.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of indicators, free of storage and pages so that the agreement page, the dashboard and the annual
 * report compute the same figures. Values are whatever the indicator measures (a share in percent, a count, a rate
 * per 100 000); the direction says whether lower or higher is better.
 */
public final class IndicatorMath {

    public static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final int SCALE = 4;

    private IndicatorMath() {
    }

    /** A count as a rate per 100 000 inhabitants, to one decimal: 23 drug offences among 11 800 → 194,9. */
    public static BigDecimal perHundredThousand(long count, long population) {
        if (population <= 0) {
            throw new IllegalArgumentException("population must be positive");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED_THOUSAND)
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }

    /**
     * How far {@code latest} is from {@code target}: reached when it is at or beyond the target in the better
     * direction, otherwise the (positive) amount left to go. Null when either is missing.
     */
    public static Distance distanceToTarget(BigDecimal latest, BigDecimal target, Direction direction) {
        if (latest == null || target == null) {
            return null;
        }
        BigDecimal left = direction == Direction.LOWER_IS_BETTER ? latest.subtract(target) : target.subtract(latest);
        return left.signum() <= 0 ? new Distance(true, BigDecimal.ZERO) : new Distance(false, left);
    }

    /** Latest minus baseline (negative when the value fell). Null when either is missing. */
    public static BigDecimal changeFromBaseline(BigDecimal baseline, BigDecimal latest) {
        return baseline == null || latest == null ? null : latest.subtract(baseline);
    }

    /** The change as a percentage of the baseline, to one decimal; null without a baseline or when it is zero. */
    public static BigDecimal changeFromBaselinePercent(BigDecimal baseline, BigDecimal latest) {
        if (baseline == null || latest == null || baseline.signum() == 0) {
            return null;
        }
        return latest.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(baseline.abs(), 1, RoundingMode.HALF_UP);
    }

    /**
     * How much of the way from baseline to target has been covered: 0 at the baseline, 1 at the target, negative
     * when the value moved the wrong way, above 1 beyond the target. Null when a figure is missing or the baseline
     * already equals the target (there is no way to cover).
     */
    public static BigDecimal progressShare(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (baseline == null || target == null || latest == null || baseline.compareTo(target) == 0) {
            return null;
        }
        return latest.subtract(baseline).divide(target.subtract(baseline), SCALE, RoundingMode.HALF_UP);
    }

    /** {@link #progressShare} in whole percent, limited to 0–100 for a progress bar or a sentence. */
    public static int progressPercent(BigDecimal share) {
        if (share == null) {
            return 0;
        }
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, percent.intValue()));
    }

    /**
     * On track, not on track or no data:
     * <ul>
     * <li>no value yet, or no target: {@link IndicatorStatus#NO_DATA};</li>
     * <li>the latest value reaches the target: on track;</li>
     * <li>without a baseline nothing tells the pace, so not reached means not on track;</li>
     * <li>otherwise the way from baseline to target is expected to be covered evenly over time, from the end of
     * the baseline period to the end of the target period. On track when the covered share of the way is at least
     * the share of the time that has passed at the end of the latest value's period.</li>
     * </ul>
     */
    public static IndicatorStatus status(Direction direction, BigDecimal baseline, LocalDate baselineEnd,
                                         BigDecimal target, LocalDate targetEnd,
                                         BigDecimal latest, LocalDate latestEnd) {
        if (latest == null || target == null) {
            return IndicatorStatus.NO_DATA;
        }
        if (distanceToTarget(latest, target, direction).reached()) {
            return IndicatorStatus.ON_TRACK;
        }
        BigDecimal share = progressShare(baseline, target, latest);
        if (share == null || baselineEnd == null || targetEnd == null || latestEnd == null) {
            return IndicatorStatus.NOT_ON_TRACK;
        }
        return share.compareTo(expectedShare(baselineEnd, targetEnd, latestEnd)) >= 0
                ? IndicatorStatus.ON_TRACK : IndicatorStatus.NOT_ON_TRACK;
    }

    /** The share of the time from baseline to target that has passed at {@code when}, within 0–1. */
    public static BigDecimal expectedShare(LocalDate baselineEnd, LocalDate targetEnd, LocalDate when) {
        long total = ChronoUnit.DAYS.between(baselineEnd, targetEnd);
        if (total <= 0 || !when.isBefore(targetEnd)) {
            return BigDecimal.ONE;
        }
        long passed = Math.max(0, ChronoUnit.DAYS.between(baselineEnd, when));
        return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
    }

    /** Reached, or how much is left to the target (always zero or positive). */
    public record Distance(boolean reached, BigDecimal left) {
    }
}
