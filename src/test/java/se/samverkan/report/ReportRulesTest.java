package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.IndicatorStatus;

/** The pure rules of reports: section addresses and where an indicator stands. */
class ReportRulesTest {

    @Test
    void sectionKeysRoundTripThroughTheirPath() {
        assertThat(SectionKey.parse("sammanfattning")).isEqualTo(SectionKey.SUMMARY);
        assertThat(SectionKey.parse("analys-12")).isEqualTo(SectionKey.analysis(12));
        assertThat(SectionKey.parse("prioriteringar-7").path()).isEqualTo("prioriteringar-7");
        assertThat(SectionKey.analysis(3).path()).isEqualTo("analys-3");
    }

    @Test
    void anythingElseIsNoSection() {
        for (String text : new String[] {null, "", "analys", "analys-", "analys-0", "analys-abc", "analys--1",
                "sammanfattning-1", "okänd-3", "analys-99999999999999999999"}) {
            assertThat(SectionKey.parse(text)).as(text).isNull();
        }
        assertThatThrownBy(() -> new SectionKey(SectionKind.SUMMARY, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectionKey(SectionKind.ANALYSIS, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indicatorFiguresReadTheirPeriodsAsSwedishTextWritesThem() {
        ReportContent.IndicatorPart indicator = new ReportContent.IndicatorPart(1, "Anmälda brott", "per 100 000",
                Direction.LOWER_IS_BETTER, new BigDecimal("120.5"), "2023", new BigDecimal("80"), "2026-K4",
                List.of(new ReportContent.IndicatorValue("2025-03", new BigDecimal("101")),
                        new ReportContent.IndicatorValue("2025-K2", new BigDecimal("99.5"))),
                IndicatorStatus.ON_TRACK);
        assertThat(indicator.baselineText()).isEqualTo("120,5 (2023)");
        assertThat(indicator.targetText()).isEqualTo("80 (kvartal 4 2026)");
        assertThat(indicator.latestText()).isEqualTo("99,5 (kvartal 2 2025)");
        assertThat(indicator.values().get(0).label()).isEqualTo("mars 2025");
        ReportContent.IndicatorPart empty = new ReportContent.IndicatorPart(2, "Trygghet", "%",
                Direction.HIGHER_IS_BETTER, null, null, new BigDecimal("60"), "2026", List.of(),
                IndicatorStatus.NO_DATA);
        assertThat(empty.baselineText()).isEqualTo("–");
        assertThat(empty.latestText()).isEqualTo("–");
    }
}
