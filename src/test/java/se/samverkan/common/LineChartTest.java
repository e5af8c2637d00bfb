package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static LineChart.Point point(String label, String value) {
        return new LineChart.Point(label, value == null ? null : new BigDecimal(value));
    }

    private static LineChart.Model chart(List<LineChart.Point> points, List<LineChart.ReferenceLine> lines) {
        return LineChart.of("Titel", "Beskrivning", "Period", "%",
                List.of(new LineChart.Series("Värde", points)), lines, SwedishNumbers::format);
    }

    @Test
    void placesPointsLeftToRightAndHigherValuesHigherUp() {
        LineChart.Model model = chart(List.of(point("2021", "27,5".replace(',', '.')), point("2022", "26"),
                point("2023", "22")), List.of());
        List<LineChart.Marker> markers = model.series().get(0).markers();
        assertThat(markers).hasSize(3);
        assertThat(markers.get(0).x()).isLessThan(markers.get(1).x());
        assertThat(markers.get(0).y()).isLessThan(markers.get(2).y());
        assertThat(markers).allSatisfy(marker -> {
            assertThat(marker.x()).isBetween((double) LineChart.LEFT, (double) LineChart.RIGHT);
            assertThat(marker.y()).isBetween((double) LineChart.TOP, (double) LineChart.BOTTOM);
        });
        assertThat(markers.get(0).label()).isEqualTo("2021: 27,5");
        assertThat(model.series().get(0).polylines()).hasSize(1);
        assertThat(model.empty()).isFalse();
        assertThat(model.viewBox()).isEqualTo("0 0 600 340");
    }

    @Test
    void aLabelRepeatedInASeriesGetsAPositionOfItsOwn() {
        LineChart.Model model = chart(List.of(point("v. 12", "3"), point("v. 13", "5"), point("v. 12", "4"),
                point("v. 13", "6")), List.of());
        List<LineChart.Marker> markers = model.series().get(0).markers();
        assertThat(markers).hasSize(4);
        assertThat(markers).extracting(LineChart.Marker::x).isSorted().doesNotHaveDuplicates();
        assertThat(model.xTicks()).hasSize(4);
    }

    @Test
    void seriesShareThePositionOfALabel() {
        LineChart.Model model = LineChart.of("Titel", "Beskrivning", "Period", "%",
                List.of(new LineChart.Series("A", List.of(point("2021", "1"), point("2022", "2"))),
                        new LineChart.Series("B", List.of(point("2022", "3"), point("2023", "4")))),
                List.of(), SwedishNumbers::format);
        assertThat(model.xTicks()).hasSize(3);
        assertThat(model.series().get(1).markers().get(0).x()).isEqualTo(model.series().get(0).markers().get(1).x());
    }

    @Test
    void yTicksAreRoundNumbersCoveringValuesAndReferenceLines() {
        LineChart.Model model = chart(List.of(point("2021", "27.5"), point("2022", "26")),
                List.of(new LineChart.ReferenceLine("Mål", new BigDecimal("20"), "target")));
        List<String> labels = model.yTicks().stream().map(LineChart.Tick::label).toList();
        assertThat(labels).containsExactly("20", "22", "24", "26", "28");
        double top = model.yTicks().get(model.yTicks().size() - 1).position();
        double bottom = model.yTicks().get(0).position();
        assertThat(bottom).isGreaterThan(top);
        LineChart.Reference target = model.references().get(0);
        assertThat(target.label()).isEqualTo("Mål: 20");
        assertThat(target.style()).isEqualTo("target");
        assertThat(target.y()).isBetween(top, bottom);
    }

    @Test
    void aReferenceLabelMovesAwayFromTheSeriesItWouldCover() {
        // Falling from the baseline: the baseline's first choice (right end, above) is free, since the series has
        // left the line by then; at the left end the series starts right under the line.
        LineChart.Model falling = chart(List.of(point("2021", "27.5"), point("2022", "26"), point("2023", "25.5"),
                        point("2024", "23"), point("2025", "22"), point("2026", "21.5")),
                List.of(new LineChart.ReferenceLine("Utgångsläge 2020", new BigDecimal("28"), "baseline"),
                        new LineChart.ReferenceLine("Mål 2026", new BigDecimal("20"), "target")));
        LineChart.Reference baseline = falling.references().get(0);
        LineChart.Reference target = falling.references().get(1);
        List<LineChart.Marker> markers = falling.series().get(0).markers();

        assertThat(baseline.labelY()).as("inside the plot").isGreaterThanOrEqualTo(LineChart.TOP);
        double labelWidth = baseline.label().length() * 13;
        double labelLeft = baseline.labelEnd() ? LineChart.RIGHT - 4 - labelWidth : LineChart.LEFT + 8;
        assertThat(markers).as("no point under the baseline's label").noneMatch(marker ->
                marker.x() >= labelLeft && marker.x() <= labelLeft + labelWidth
                        && marker.y() >= baseline.labelY() - 28 && marker.y() <= baseline.labelY() + 6);
        assertThat(target.labelY()).as("the target's label stays above the plot's floor")
                .isLessThanOrEqualTo(LineChart.BOTTOM);
    }

    @Test
    void countsMayStartTheAxisAtZero() {
        List<LineChart.Series> counts = List.of(new LineChart.Series("Antal", List.of(point("2026-09", "23"),
                point("2026-10", "10"))));
        assertThat(LineChart.of("T", "D", "Period", "Antal", counts, List.of(), SwedishNumbers::format, true)
                .yTicks().get(0).label()).isEqualTo("0");
        assertThat(LineChart.of("T", "D", "Period", "Antal", counts, List.of(), SwedishNumbers::format)
                .yTicks().get(0).label()).isNotEqualTo("0");
    }

    @Test
    void decimalStepsAreNotFloatingPointNoise() {
        LineChart.Model model = chart(List.of(point("a", "0.1"), point("b", "0.4")), List.of());
        assertThat(model.yTicks()).extracting(LineChart.Tick::label).allSatisfy(label -> assertThat(label.length())
                .isLessThanOrEqualTo(4));
    }

    @Test
    void aGapSplitsTheLine() {
        LineChart.Model model = chart(List.of(point("1", "5"), point("2", null), point("3", "6"), point("4", "7")),
                List.of());
        assertThat(model.series().get(0).polylines()).hasSize(2);
        assertThat(model.xTicks()).hasSize(4);
    }

    @Test
    void manyPeriodsShowOnlyAFewLabelsEndingWithTheNewest() {
        List<LineChart.Point> points = new java.util.ArrayList<>();
        for (int month = 1; month <= 24; month++) {
            points.add(point("m" + month, String.valueOf(month)));
        }
        LineChart.Model model = chart(points, List.of());
        assertThat(model.xTicks()).hasSize(24);
        assertThat(model.xTicks().stream().filter(tick -> !tick.label().isEmpty()).count())
                .isLessThanOrEqualTo(LineChart.MAX_X_LABELS);
        assertThat(model.xTicks().get(23).label()).isEqualTo("m24");
    }

    @Test
    void longLabelsAreThinnedSoThatTheyDoNotTouch() {
        List<LineChart.Point> points = new java.util.ArrayList<>();
        for (int week = 1; week <= 24; week++) {
            points.add(point("v. " + week + " 2026", String.valueOf(week)));
        }
        List<LineChart.Tick> shown = chart(points, List.of()).xTicks().stream()
                .filter(tick -> !tick.label().isEmpty()).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2).last()
                .satisfies(tick -> assertThat(tick.label()).isEqualTo("v. 24 2026"));
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).position() - shown.get(i - 1).position()).isGreaterThan(10 * 13);
        }
    }

    @Test
    void aSingleValueOrNoneStillGivesAChart() {
        LineChart.Model one = chart(List.of(point("2025", "12")), List.of());
        assertThat(one.series().get(0).markers()).hasSize(1);
        assertThat(one.yTicks()).isNotEmpty();
        LineChart.Model none = chart(List.of(), List.of());
        assertThat(none.empty()).isTrue();
    }
}
