package se.samverkan.indicator;

import java.util.Optional;

/**
 * What a measured value must respect beyond its form, the same for the value form and the CSV import: no value is
 * below zero (shares, counts and rates never are), and only reported crimes are entered as a count and the population
 * (any other count would silently be turned into a rate per 100 000).
 */
final class ValueRules {

    private ValueRules() {
    }

    /** The broken rule's field and message key, if any. */
    static Optional<Broken> check(IndicatorSource source, ValueCommand command) {
        if (command.counted() && source != IndicatorSource.REPORTED_CRIMES) {
            return Optional.of(new Broken("crimeCount", "indicatorValue.count.onlyReportedCrimes"));
        }
        if (command.value() != null && command.value().signum() < 0) {
            return Optional.of(new Broken("measuredValue", "indicatorValue.value.negative"));
        }
        return Optional.empty();
    }

    record Broken(String field, String messageKey) {
    }
}
