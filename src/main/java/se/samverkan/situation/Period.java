package se.samverkan.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A week (Monday to Sunday, ISO weeks as Swedish calendars number them), a month or a quarter, named by its type
 * and first day. Shown as "v. 12 2026", "mars 2026" and "K1 2026" (in English "week 12 2026", "March 2026",
 * "Q1 2026").
 */
public record Period(PeriodType type, LocalDate firstDay) {

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(firstDay, "firstDay");
        if (!of(type, firstDay).equals(firstDay)) {
            throw new IllegalArgumentException(firstDay + " is not the first day of a " + type);
        }
    }

    /** The period of the type that contains the day. */
    public static Period containing(PeriodType type, LocalDate day) {
        return new Period(type, of(type, day));
    }

    private static LocalDate of(PeriodType type, LocalDate day) {
        return switch (type) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public Period previous() {
        return new Period(type, switch (type) {
            case WEEK -> firstDay.minusWeeks(1);
            case MONTH -> firstDay.minusMonths(1);
            case QUARTER -> firstDay.minusMonths(3);
        });
    }

    public Period next() {
        return new Period(type, switch (type) {
            case WEEK -> firstDay.plusWeeks(1);
            case MONTH -> firstDay.plusMonths(1);
            case QUARTER -> firstDay.plusMonths(3);
        });
    }

    public String label(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (type) {
            case WEEK -> (english ? "week " : "v. ") + firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                    + firstDay.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> firstDay.getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                    english ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE")) + " " + firstDay.getYear();
            case QUARTER -> (english ? "Q" : "K") + firstDay.get(IsoFields.QUARTER_OF_YEAR) + " " + firstDay.getYear();
        };
    }

    /**
     * A label short enough for a chart's axis: "v. 12 2026", "2026-03", "K1 2026". Every label names its year, so
     * that week 12 of two years are two points of a chart.
     */
    public String shortLabel(Locale locale) {
        return switch (type) {
            case WEEK -> ("en".equals(locale.getLanguage()) ? "wk " : "v. ")
                    + firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + firstDay.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> firstDay.toString().substring(0, 7);
            case QUARTER -> label(locale);
        };
    }

    /** The Swedish label. */
    public String label() {
        return label(Locale.forLanguageTag("sv"));
    }
}
