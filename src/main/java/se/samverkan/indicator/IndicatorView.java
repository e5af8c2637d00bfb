package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.Set;
import se.samverkan.common.SwedishNumbers;

/** An indicator's own fields. */
public record IndicatorView(long id, long agreementId, String name, String unit, IndicatorSource source,
                            Direction direction, GeographicLevel level, String placeName, Frequency frequency,
                            BigDecimal baselineValue, Period baselinePeriod, BigDecimal targetValue,
                            Period targetPeriod, String description, Set<Long> goalIds, long version) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.getId(), indicator.getAgreementId(), indicator.getName(),
                indicator.getUnit(), indicator.getSource(), indicator.getDirection(), indicator.getLevel(),
                indicator.getPlaceName(), indicator.getFrequency(), indicator.getBaselineValue(),
                indicator.getBaselinePeriod(), indicator.getTargetValue(), indicator.getTargetPeriod(),
                indicator.getDescription(), indicator.getGoalIds(), indicator.getVersion());
    }

    public String targetText() {
        return SwedishNumbers.format(targetValue);
    }

    public String baselineText() {
        return SwedishNumbers.format(baselineValue);
    }

    /** The command that would save the indicator as it is (for the edit form). */
    public IndicatorCommand toCommand() {
        return new IndicatorCommand(name, unit, source, direction, level, placeName, frequency, baselineValue,
                baselinePeriod, targetValue, targetPeriod, description, goalIds, version);
    }
}
