package se.samverkan.indicator;

import java.math.BigDecimal;

/**
 * One measured value: either {@code value}, or {@code count} with the {@code population} it is counted in (shown per
 * 100 000 inhabitants). Sample size and response rate (percent) are for surveys.
 */
public record ValueCommand(Period period, BigDecimal value, Long count, Long population, Integer sampleSize,
                           BigDecimal responseRate, String note, long version) {

    public boolean counted() {
        return count != null;
    }
}
