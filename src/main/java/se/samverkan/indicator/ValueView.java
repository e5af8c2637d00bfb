package se.samverkan.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samverkan.common.SwedishNumbers;

/**
 * One measured value. {@code shown} is what charts and comparisons use: the entered value, or for a counted value
 * the count per 100 000 inhabitants.
 */
public record ValueView(long id, long indicatorId, Period period, BigDecimal shown, BigDecimal value, Long count,
                        Long population, Integer sampleSize, BigDecimal responseRate, String note,
                        String enteredBy, Instant enteredAt, long version) {

    static ValueView of(IndicatorValue value) {
        return new ValueView(value.getId(), value.getIndicatorId(), value.getPeriod(), value.shown(),
                value.getValue(), value.getCount(), value.getPopulation(), value.getSampleSize(),
                value.getResponseRate(), value.getNote(), value.getEnteredByName(), value.getEnteredAt(),
                value.getVersion());
    }

    /** The shown value as Swedish text writes it ("194,9"). */
    public String shownText() {
        return SwedishNumbers.format(shown);
    }

    public String responseRateText() {
        return SwedishNumbers.format(responseRate);
    }

    /** The day it was entered, in Swedish time. */
    public LocalDate enteredOn() {
        return enteredAt == null ? null : LocalDate.ofInstant(enteredAt, ZoneId.of("Europe/Stockholm"));
    }

    public boolean counted() {
        return count != null;
    }

    public ValueCommand toCommand() {
        return new ValueCommand(period, value, count, population, sampleSize, responseRate, note, version);
    }
}
