package se.samverkan.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A line chart laid out on the server, for any figures over time: it knows nothing of what it draws. Give it
 * series of labelled points (the labels are the x axis, in the order first met; series share a position by label,
 * and a label that one series repeats gets a position for each time) and optional horizontal reference
 * lines (a baseline, a target); it computes coordinates in a fixed view box, rounded y ticks and thinned x labels.
 * {@code fragments/chart.html :: lineChart(chart)} renders the result as inline SVG (no script, no external file),
 * and the same model serves a PDF template. The view box is small enough that its text stays legible when the
 * chart shrinks to a 360 px wide screen.
 */
public final class LineChart {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 340;
    static final int LEFT = 100;
    static final int RIGHT = 580;
    static final int TOP = 20;
    static final int BOTTOM = 262;
    static final int MAX_X_LABELS = 5;
    /** Room for half a label beyond the first and last point, so that neither is cut off at the edge. */
    private static final int X_INSET = 44;
    private static final int Y_TICKS = 4;

    private LineChart() {
    }

    /** A value at a position on the x axis; a null value leaves a gap in the line. */
    public record Point(String label, BigDecimal value) {
    }

    public record Series(String name, List<Point> points) {
    }

    /**
     * A horizontal line across the chart at {@code value}, labelled. {@code style} names its look in the style sheet
     * ({@code line-chart__reference--target}); without one, lines are styled by their position (1, 2, …).
     */
    public record ReferenceLine(String label, BigDecimal value, String style) {

        public ReferenceLine(String label, BigDecimal value) {
            this(label, value, null);
        }
    }

    /** What the template draws. Coordinates are in the view box {@code 0 0 WIDTH HEIGHT}. */
    public record Model(String title, String description, String xAxisLabel, String yAxisLabel,
                        List<Tick> yTicks, List<Tick> xTicks, List<SeriesLine> series,
                        List<Reference> references, boolean empty) {

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int left() {
            return LEFT;
        }

        public int right() {
            return RIGHT;
        }

        public int top() {
            return TOP;
        }

        public int bottom() {
            return BOTTOM;
        }

        public String viewBox() {
            return "0 0 " + WIDTH + " " + HEIGHT;
        }
    }

    /** A tick at {@code position} (x for the x axis, y for the y axis); an empty label draws only the tick. */
    public record Tick(double position, String label) {
    }

    /** A series as one or more polylines (split at gaps) and its markers; {@code index} picks its style. */
    public record SeriesLine(String name, int index, List<String> polylines, List<Marker> markers) {
    }

    public record Marker(double x, double y, String label) {
    }

    /** {@code labelEnd} is true when the label sits at the right end of the line, false for the left end. */
    public record Reference(String label, String style, double y, double labelY, boolean labelEnd) {
    }

    /**
     * Lays out the chart. {@code format} writes a value as the reader reads it (ticks and marker titles), e.g.
     * {@code SwedishNumbers::format}.
     */
    public static Model of(String title, String description, String xAxisLabel, String yAxisLabel,
                           List<Series> series, List<ReferenceLine> references, Function<BigDecimal, String> format) {
        return of(title, description, xAxisLabel, yAxisLabel, series, references, format, false);
    }

    /**
     * As above; with {@code fromZero} the y axis starts at zero, as it should for counts, so that a fall from 23 to
     * 10 does not look like a fall to nothing.
     */
    public static Model of(String title, String description, String xAxisLabel, String yAxisLabel,
                           List<Series> series, List<ReferenceLine> references, Function<BigDecimal, String> format,
                           boolean fromZero) {
        Objects.requireNonNull(format, "format");
        List<String> labels = new ArrayList<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Series line : series) {
            Map<String, Integer> seen = new HashMap<>();
            for (Point point : line.points()) {
                int occurrence = seen.merge(point.label(), 1, Integer::sum) - 1;
                List<Integer> own = positions.computeIfAbsent(point.label(), label -> new ArrayList<>());
                if (own.size() <= occurrence) {
                    own.add(labels.size());
                    labels.add(point.label());
                }
                if (point.value() != null) {
                    values.add(point.value());
                }
            }
        }
        references.forEach(reference -> values.add(reference.value()));
        if (fromZero && !values.isEmpty()) {
            values.add(BigDecimal.ZERO);
        }
        if (values.isEmpty()) {
            return new Model(title, description, xAxisLabel, yAxisLabel, List.of(), List.of(), List.of(), List.of(),
                    true);
        }
        Scale scale = Scale.of(values.stream().map(BigDecimal::doubleValue).toList());

        List<Tick> yTicks = new ArrayList<>();
        long steps = Math.round((scale.max - scale.min) / scale.step);
        for (long i = 0; i <= steps; i++) {
            double value = scale.min + i * scale.step;
            yTicks.add(new Tick(scale.y(value), format.apply(round(value, scale.step))));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(labels.size() / (double) labelsThatFit(labels)));
        for (int i = 0; i < labels.size(); i++) {
            boolean shown = (labels.size() - 1 - i) % every == 0;
            xTicks.add(new Tick(x(i, labels.size()), shown ? labels.get(i) : ""));
        }
        List<SeriesLine> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            lines.add(line(series.get(s), s + 1, labels.size(), positions, scale, format));
        }
        List<double[]> occupied = new ArrayList<>();
        lines.forEach(line -> occupied.addAll(pathPoints(line)));
        List<Reference> referenceModels = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
            ReferenceLine reference = references.get(r);
            double y = scale.y(reference.value().doubleValue());
            String label = reference.label() + ": " + format.apply(reference.value());
            Reference placed = place(label, reference.style() == null ? String.valueOf(r + 1) : reference.style(), y,
                    r % 2 == 0, occupied);
            referenceModels.add(placed);
            occupied.addAll(box(placed));
        }
        return new Model(title, description, xAxisLabel, yAxisLabel, yTicks, xTicks, lines, referenceModels, false);
    }

    /** {@code positions}: for each label, the x positions of its first, second, … point in a series. */
    private static SeriesLine line(Series series, int index, int count, Map<String, List<Integer>> positions,
                                   Scale scale, Function<BigDecimal, String> format) {
        List<String> polylines = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Map<String, Integer> seen = new HashMap<>();
        for (Point point : series.points()) {
            int position = positions.get(point.label()).get(seen.merge(point.label(), 1, Integer::sum) - 1);
            if (point.value() == null) {
                if (!current.isEmpty()) {
                    polylines.add(current.toString().strip());
                    current.setLength(0);
                }
                continue;
            }
            double x = x(position, count);
            double y = scale.y(point.value().doubleValue());
            current.append(number(x)).append(',').append(number(y)).append(' ');
            markers.add(new Marker(x, y, point.label() + ": " + format.apply(point.value())));
        }
        if (!current.isEmpty()) {
            polylines.add(current.toString().strip());
        }
        return new SeriesLine(series.name(), index, polylines, markers);
    }

    /** Roughly how wide a character of the chart's 24 px text is, in chart units. */
    private static final double CHAR_WIDTH = 13;
    private static final double TEXT_HEIGHT = 22;

    /**
     * A reference line's label, inside the plot, at the end and on the side of its line where it covers no point
     * or stretch of the series and no earlier label, else where it covers least; ties go to the first choice (right
     * end above for the first line, left end for the second).
     */
    private static Reference place(String label, String style, double y, boolean rightFirst,
                                   List<double[]> occupied) {
        List<Reference> candidates = new ArrayList<>();
        for (boolean right : new boolean[] {rightFirst, !rightFirst}) {
            candidates.add(new Reference(label, style, y, y - 8, right));
            candidates.add(new Reference(label, style, y, y + TEXT_HEIGHT + 4, right));
        }
        List<Reference> inside = candidates.stream()
                .filter(c -> c.labelY() - TEXT_HEIGHT >= TOP - 4 && c.labelY() + 4 <= BOTTOM).toList();
        List<Reference> choices = inside.isEmpty() ? candidates : inside;
        // The first place that covers nothing, else the one that covers least (min keeps the first of equals).
        return choices.stream().min(java.util.Comparator.comparingLong(
                c -> occupied.stream().filter(point -> covers(c, label, point)).count())).orElseThrow();
    }

    private static boolean covers(Reference reference, String label, double[] point) {
        double width = label.length() * CHAR_WIDTH;
        double left = reference.labelEnd() ? RIGHT - 4 - width : LEFT + 8;
        double margin = 6;
        return point[0] >= left - margin && point[0] <= left + width + margin
                && point[1] >= reference.labelY() - TEXT_HEIGHT - margin && point[1] <= reference.labelY() + margin;
    }

    /** Points that stand for a placed label, so that a later label keeps clear of it. */
    private static List<double[]> box(Reference reference) {
        double width = reference.label().length() * CHAR_WIDTH;
        double left = reference.labelEnd() ? RIGHT - 4 - width : LEFT + 8;
        List<double[]> points = new ArrayList<>();
        for (double x = left; x <= left + width; x += 8) {
            points.add(new double[] {x, reference.labelY() - TEXT_HEIGHT / 2});
        }
        return points;
    }

    /** The markers of a series and points every few units along its lines. */
    private static List<double[]> pathPoints(SeriesLine line) {
        List<double[]> points = new ArrayList<>();
        for (String polyline : line.polylines()) {
            String[] pairs = polyline.split(" ");
            double[] previous = null;
            for (String pair : pairs) {
                String[] xy = pair.split(",");
                double[] current = {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
                if (previous != null) {
                    double length = Math.hypot(current[0] - previous[0], current[1] - previous[1]);
                    int steps = Math.max(1, (int) (length / 6));
                    for (int i = 1; i < steps; i++) {
                        points.add(new double[] {previous[0] + (current[0] - previous[0]) * i / steps,
                                previous[1] + (current[1] - previous[1]) * i / steps});
                    }
                }
                points.add(current);
                previous = current;
            }
        }
        return points;
    }

    /** As many x labels as fit side by side without touching ("v. 12 2026" needs more room than "2025"). */
    private static int labelsThatFit(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        double span = RIGHT - LEFT - 2.0 * X_INSET;
        return Math.max(2, Math.min(MAX_X_LABELS, (int) (span / (longest * CHAR_WIDTH + 12)) + 1));
    }

    private static double x(int index, int count) {
        if (count == 1) {
            return (LEFT + RIGHT) / 2.0;
        }
        return LEFT + X_INSET + index * (RIGHT - LEFT - 2.0 * X_INSET) / (count - 1);
    }

    private static BigDecimal round(double value, double step) {
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A y range from rounded tick to rounded tick that holds every value. */
    private record Scale(double min, double max, double step) {

        static Scale of(List<Double> values) {
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            if (high - low < 1e-9) {
                double pad = Math.abs(high) < 1e-9 ? 1 : Math.abs(high) * 0.1;
                low -= pad;
                high += pad;
            }
            double step = niceStep((high - low) / Y_TICKS);
            double min = Math.floor(low / step) * step;
            double max = Math.ceil(high / step) * step;
            // A chart of non-negative figures that come close to zero starts at zero.
            if (low >= 0 && min - step * 1.5 <= 0) {
                min = 0;
            }
            return new Scale(min, max, step);
        }

        double y(double value) {
            return BOTTOM - (value - min) / (max - min) * (BOTTOM - TOP);
        }

        private static double niceStep(double rough) {
            int exponent = (int) Math.floor(Math.log10(rough));
            double fraction = rough / Math.pow(10, exponent);
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            // Through BigDecimal, so that 3 × 0.1 is the tick 0.3 and not 0.30000000000000004.
            return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).doubleValue();
        }
    }
}
