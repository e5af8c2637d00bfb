package se.samverkan.demo;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.GeographicLevel;
import se.samverkan.indicator.IndicatorSource;

/**
 * An indicator of a demo agreement with its measured values. Goals are named by their titles in
 * {@link DemoAgreements}; periods are written as in the forms ("2025", "2025-K2", "2025-03").
 */
record DemoIndicator(String name, String unit, IndicatorSource source, Direction direction, GeographicLevel level,
                     String placeName, Frequency frequency, String baselineValue, String baselinePeriod,
                     String targetValue, String targetPeriod, String description, List<String> goalTitles,
                     List<Value> values) {

    /** A measured value: {@code value}, or {@code count} of {@code population}; survey figures optional. */
    record Value(String period, BigDecimal value, Long count, Long population, Integer sampleSize,
                 BigDecimal responseRate, String note) {

        static Value of(String period, String value) {
            return new Value(period, new BigDecimal(value), null, null, null, null, null);
        }

        static Value survey(String period, String value, int sampleSize, String responseRate) {
            return new Value(period, new BigDecimal(value), null, null, sampleSize, new BigDecimal(responseRate),
                    null);
        }

        static Value counted(String period, long count, long population) {
            return new Value(period, null, count, population, null, null, null);
        }
    }
}
