package se.samverkan.indicator;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measuring period: a year ("2025"), a quarter ("2025-K2") or a month ("2025-03"). Read strictly, so that a
 * typing mistake is told rather than guessed; ordered by when the period starts (a year before its first quarter
 * and month); {@link #toString()} is the canonical form that is stored.
 */
public record Period(Frequency frequency, int year, int part) implements Comparable<Period> {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[KkQq](\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (frequency == null) {
            throw new IllegalArgumentException("frequency");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new PeriodException("period.year.outOfRange", MIN_YEAR, MAX_YEAR);
        }
        int parts = parts(frequency);
        if (frequency == Frequency.YEAR ? part != 0 : part < 1 || part > parts) {
            throw new PeriodException(frequency == Frequency.QUARTER ? "period.quarter.outOfRange"
                    : "period.month.outOfRange");
        }
    }

    public static Period year(int year) {
        return new Period(Frequency.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.MONTH, year, month);
    }

    /** Any of the three forms; surrounding spaces are allowed, nothing else. */
    public static Period parse(String text) {
        String value = text == null ? "" : text.strip();
        if (YEAR.matcher(value).matches()) {
            return year(Integer.parseInt(value));
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            return month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        throw new PeriodException(value.isEmpty() ? "period.empty" : "period.unreadable", value);
    }

    /** A period of exactly this frequency; otherwise a message that shows how such a period is written. */
    public static Period parse(String text, Frequency frequency) {
        Period period;
        try {
            period = parse(text);
        } catch (PeriodException e) {
            if (e.messageKey().equals("period.unreadable") || e.messageKey().equals("period.empty")) {
                throw new PeriodException("period.expected." + frequency, text == null ? "" : text.strip());
            }
            throw e;
        }
        if (period.frequency != frequency) {
            throw new PeriodException("period.expected." + frequency, period.toString());
        }
        return period;
    }

    /** The newest period of this frequency that has ended before {@code today}. */
    public static Period lastCompleted(Frequency frequency, LocalDate today) {
        return containing(frequency, today).previous();
    }

    /** The period of this frequency that {@code date} falls in. */
    public static Period containing(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case YEAR -> year(date.getYear());
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(date.getYear(), date.getMonthValue());
        };
    }

    public LocalDate start() {
        return switch (frequency) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, part, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Period previous() {
        if (frequency == Frequency.YEAR) {
            return year(year - 1);
        }
        return part == 1 ? new Period(frequency, year - 1, parts(frequency)) : new Period(frequency, year, part - 1);
    }

    public Period next() {
        if (frequency == Frequency.YEAR) {
            return year(year + 1);
        }
        return part == parts(frequency) ? new Period(frequency, year + 1, 1) : new Period(frequency, year, part + 1);
    }

    /** "2025", "kvartal 2 2025" / "Q2 2025", "mars 2025" / "March 2025". */
    public String label(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (frequency) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> english ? "Q" + part + " " + year : "kvartal " + part + " " + year;
            case MONTH -> Month.of(part).getDisplayName(TextStyle.FULL_STANDALONE,
                    english ? Locale.ENGLISH : Locale.forLanguageTag("sv")) + " " + year;
        };
    }

    /** A short label for a chart axis: "2025", "2025 K2" / "2025 Q2", "2025-03". */
    public String shortLabel(Locale locale) {
        return switch (frequency) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + ("en".equals(locale.getLanguage()) ? " Q" : " K") + part;
            case MONTH -> toString();
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : frequency.compareTo(other.frequency);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-K" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
        };
    }

    private static int parts(Frequency frequency) {
        return switch (frequency) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
    }
}
