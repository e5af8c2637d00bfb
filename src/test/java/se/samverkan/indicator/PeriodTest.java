package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void readsTheThreeFormsAndWritesThemBackCanonically() {
        assertThat(Period.parse("2025")).isEqualTo(Period.year(2025));
        assertThat(Period.parse(" 2025-K2 ")).isEqualTo(Period.quarter(2025, 2));
        assertThat(Period.parse("2025-q4")).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.parse("2025-03")).isEqualTo(Period.month(2025, 3));
        assertThat(Period.quarter(2025, 2)).hasToString("2025-K2");
        assertThat(Period.month(2025, 3)).hasToString("2025-03");
        assertThat(Period.month(2025, 11)).hasToString("2025-11");
    }

    @Test
    void refusesAnythingElseWithAMessageKey() {
        assertThatThrownBy(() -> Period.parse("25")).isInstanceOf(PeriodException.class)
                .extracting(e -> ((PeriodException) e).messageKey()).isEqualTo("period.unreadable");
        assertThatThrownBy(() -> Period.parse("2025-3")).isInstanceOf(PeriodException.class);
        assertThatThrownBy(() -> Period.parse("2025 K2")).isInstanceOf(PeriodException.class);
        assertThatThrownBy(() -> Period.parse("2025-13")).extracting(e -> ((PeriodException) e).messageKey())
                .isEqualTo("period.month.outOfRange");
        assertThatThrownBy(() -> Period.parse("2025-K5")).extracting(e -> ((PeriodException) e).messageKey())
                .isEqualTo("period.quarter.outOfRange");
        assertThatThrownBy(() -> Period.parse("1850")).extracting(e -> ((PeriodException) e).messageKey())
                .isEqualTo("period.year.outOfRange");
        assertThatThrownBy(() -> Period.parse("")).extracting(e -> ((PeriodException) e).messageKey())
                .isEqualTo("period.empty");
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(PeriodException.class);
    }

    @Test
    void aPeriodOfAnotherFrequencyIsRefusedWithTheExpectedForm() {
        assertThat(Period.parse("2025-K1", Frequency.QUARTER)).isEqualTo(Period.quarter(2025, 1));
        PeriodException e = (PeriodException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Period.parse("2025", Frequency.QUARTER));
        assertThat(e.messageKey()).isEqualTo("period.expected.QUARTER");
        assertThat(e.arguments()).containsExactly("2025");
        assertThatThrownBy(() -> Period.parse("abc", Frequency.MONTH))
                .extracting(x -> ((PeriodException) x).messageKey()).isEqualTo("period.expected.MONTH");
    }

    @Test
    void isOrderedByStart() {
        List<Period> periods = new ArrayList<>(List.of(Period.month(2025, 2), Period.year(2026),
                Period.quarter(2025, 1), Period.year(2025), Period.month(2024, 12)));
        Collections.sort(periods);
        assertThat(periods).containsExactly(Period.month(2024, 12), Period.year(2025), Period.quarter(2025, 1),
                Period.month(2025, 2), Period.year(2026));
    }

    @Test
    void knowsItsDaysAndNeighbours() {
        assertThat(Period.quarter(2025, 2).start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Period.quarter(2025, 2).end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.year(2025).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.quarter(2025, 1).previous()).isEqualTo(Period.quarter(2024, 4));
        assertThat(Period.month(2025, 12).next()).isEqualTo(Period.month(2026, 1));
    }

    @Test
    void theLastCompletedPeriodIsTheOneBeforeToday() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(Period.lastCompleted(Frequency.YEAR, today)).isEqualTo(Period.year(2025));
        assertThat(Period.lastCompleted(Frequency.QUARTER, today)).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.lastCompleted(Frequency.MONTH, today)).isEqualTo(Period.month(2026, 10));
        assertThat(Period.lastCompleted(Frequency.QUARTER, LocalDate.of(2026, 1, 1))).isEqualTo(Period.quarter(2025, 4));
    }

    @Test
    void isWrittenInSwedishAndEnglish() {
        assertThat(Period.quarter(2025, 2).label(SWEDISH)).isEqualTo("kvartal 2 2025");
        assertThat(Period.quarter(2025, 2).label(Locale.ENGLISH)).isEqualTo("Q2 2025");
        assertThat(Period.month(2025, 3).label(SWEDISH)).isEqualTo("mars 2025");
        assertThat(Period.month(2025, 3).label(Locale.ENGLISH)).isEqualTo("March 2025");
        assertThat(Period.year(2025).label(SWEDISH)).isEqualTo("2025");
        assertThat(Period.quarter(2025, 2).shortLabel(SWEDISH)).isEqualTo("2025 K2");
    }
}
