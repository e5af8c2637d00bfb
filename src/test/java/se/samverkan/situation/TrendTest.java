package se.samverkan.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void comparesWithThePreviousCount() {
        assertThat(Trend.of(5, 8)).isEqualTo(Trend.UP);
        assertThat(Trend.of(8, 5)).isEqualTo(Trend.DOWN);
        assertThat(Trend.of(5, 5)).isEqualTo(Trend.UNCHANGED);
        assertThat(Trend.of(0, 0)).isEqualTo(Trend.UNCHANGED);
    }

    @Test
    void aHotspotTheLastPictureDidNotHaveIsNew() {
        assertThat(Trend.of(null, 3)).isEqualTo(Trend.NEW);
        assertThat(Trend.of(null, 0)).isEqualTo(Trend.NEW);
    }

    @Test
    void theSamePlaceIsFoundWhateverTheCaseAndSpacing() {
        assertThat(Hotspot.key(" Solgården ", HotspotCategory.DRUGS))
                .isEqualTo(Hotspot.key("SOLGÅRDEN", HotspotCategory.DRUGS));
        assertThat(Hotspot.key("Tranemo  centrum", HotspotCategory.DRUGS))
                .isEqualTo(Hotspot.key("tranemo centrum", HotspotCategory.DRUGS));
        assertThat(Hotspot.key("Solgården", HotspotCategory.DRUGS))
                .isNotEqualTo(Hotspot.key("Solgården", HotspotCategory.VANDALISM));
    }

    @Test
    void aMeasureOrPledgeIsAimedAtAPlaceItNamesAsWholeWords() {
        assertThat(Places.names("Solgårdsområdet i Tranemo", "solgårdsområdet")).isTrue();
        assertThat(Places.names("Tranemo centrum och Solgården", "Solgården")).isTrue();
        assertThat(Places.names("Solgården", "Solgården")).isTrue();
        assertThat(Places.names("Solgårdsområdet", "Solgården")).isFalse();
        assertThat(Places.names("Centrumhuset", "Centrum")).isFalse();
        assertThat(Places.names(null, "Solgården")).isFalse();
        assertThat(Places.names("Torget", " ")).isFalse();
    }

    @Test
    void coordinatesMustLieInSwedenAndComeInPairs() {
        assertThat(Coordinates.valid(null, null)).isTrue();
        assertThat(Coordinates.valid(new BigDecimal("57.4851"), new BigDecimal("13.3502"))).isTrue();
        assertThat(Coordinates.valid(new BigDecimal("57.4851"), null)).isFalse();
        assertThat(Coordinates.valid(new BigDecimal("13.3502"), new BigDecimal("57.4851"))).isFalse();
        assertThat(Coordinates.valid(new BigDecimal("59.91"), new BigDecimal("10.75"))).as("Oslo").isFalse();
        assertThat(Coordinates.valid(new BigDecimal("68.35"), new BigDecimal("18.83"))).as("Abisko").isTrue();
    }
}
