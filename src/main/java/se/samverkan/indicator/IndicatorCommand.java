package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An indicator as written in the form. {@code placeName} is required for an area or a place and ignored for the
 * whole municipality; the baseline is optional (value and period together), the target required.
 */
public record IndicatorCommand(String name, String unit, IndicatorSource source, Direction direction,
                               GeographicLevel level, String placeName, Frequency frequency,
                               BigDecimal baselineValue, Period baselinePeriod,
                               BigDecimal targetValue, Period targetPeriod,
                               String description, Set<Long> goalIds, long version) {
}
