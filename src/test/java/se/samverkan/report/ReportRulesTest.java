package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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
    void anIndicatorIsOnTrackWhenItMovesTheRightWayOrReachesItsTarget() {
        assertThat(status("40", "60", "45", IndicatorDirection.INCREASE)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status("40", "60", "40", IndicatorDirection.INCREASE)).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(status("40", "60", "35", IndicatorDirection.INCREASE)).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(status("120", "80", "100", IndicatorDirection.DECREASE)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status("120", "80", "130", IndicatorDirection.DECREASE)).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(status(null, "80", "80", IndicatorDirection.DECREASE)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(status(null, "80", "81", IndicatorDirection.DECREASE)).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(status("40", "60", null, IndicatorDirection.INCREASE)).isEqualTo(IndicatorStatus.NO_DATA);
    }

    private static IndicatorStatus status(String baseline, String target, String latest, IndicatorDirection direction) {
        return IndicatorStatus.of(number(baseline), number(target), number(latest), direction);
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
