package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void labelsAsSwedishCalendarsWriteThem() {
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2026, 3, 18)).label()).isEqualTo("v. 12 2026");
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 3, 18)).label()).isEqualTo("mars 2026");
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 3, 18)).label()).isEqualTo("K1 2026");
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 30)).label()).isEqualTo("K4 2026");
    }

    @Test
    void englishLabels() {
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2026, 3, 18)).label(ENGLISH))
                .isEqualTo("week 12 2026");
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 3, 18)).label(ENGLISH))
                .isEqualTo("March 2026");
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 3, 18)).label(ENGLISH))
                .isEqualTo("Q1 2026");
    }

    @Test
    void chartLabelsOfWeeksNameTheirYearSoThatTwoYearsDoNotFoldTogether() {
        Period week = Period.containing(PeriodType.WEEK, LocalDate.of(2026, 3, 18));
        Period yearLater = Period.containing(PeriodType.WEEK, LocalDate.of(2027, 3, 17));
        assertThat(week.shortLabel(Locale.forLanguageTag("sv"))).isEqualTo("v. 12 2026");
        assertThat(week.shortLabel(ENGLISH)).isEqualTo("wk 12 2026");
        assertThat(yearLater.shortLabel(ENGLISH)).isEqualTo("wk 11 2027");
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2027, 1, 1)).shortLabel(ENGLISH))
                .isEqualTo("wk 53 2026");
        assertThat(week.shortLabel(ENGLISH)).isNotEqualTo(
                Period.containing(PeriodType.WEEK, LocalDate.of(2027, 3, 24)).shortLabel(ENGLISH));
    }

    @Test
    void aWeekAroundNewYearBelongsToTheYearItsThursdayIsIn() {
        Period week = Period.containing(PeriodType.WEEK, LocalDate.of(2027, 1, 1));
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(week.label()).isEqualTo("v. 53 2026");
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2025, 12, 31)).label()).isEqualTo("v. 1 2026");
    }

    @Test
    void theContainingPeriodStartsOnItsFirstDay() {
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2026, 3, 22)).firstDay())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 2, 28)).firstDay())
                .isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 9, 30)).firstDay())
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void previousAndNextPeriods() {
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2026, 1, 1)).previous().label())
                .isEqualTo("v. 52 2025");
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 1, 15)).previous().label())
                .isEqualTo("december 2025");
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 2, 1)).previous().label())
                .isEqualTo("K4 2025");
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2026, 12, 5)).next().firstDay())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        Period march = Period.containing(PeriodType.MONTH, LocalDate.of(2026, 3, 5));
        assertThat(march.next().previous()).isEqualTo(march);
    }

    @Test
    void lastDays() {
        assertThat(Period.containing(PeriodType.MONTH, LocalDate.of(2024, 2, 5)).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 5, 5)).lastDay())
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.containing(PeriodType.WEEK, LocalDate.of(2026, 3, 18)).lastDay())
                .isEqualTo(LocalDate.of(2026, 3, 22));
    }

    @Test
    void aPeriodMustBeNamedByItsFirstDay() {
        assertThatThrownBy(() -> new Period(PeriodType.MONTH, LocalDate.of(2026, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
