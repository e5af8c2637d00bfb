package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.samverkan.common.LineChart;
import se.samverkan.common.SwedishNumbers;

/**
 * The chart of an indicator: its values over time with the baseline and the target as lines. One drawing for the
 * indicator page and the annual report (page and PDF), which keeps its values in a snapshot rather than as
 * {@link ValueView}s.
 */
public final class IndicatorChart {

    private IndicatorChart() {
    }

    /** A measured value as the chart draws it: the shown value of a period. */
    public record Value(Period period, BigDecimal shown) {
    }

    public static LineChart.Model of(IndicatorPage page, MessageSource messages, Locale locale) {
        IndicatorView indicator = page.indicator();
        return of(indicator.name(), indicator.unit(), indicator.baselineValue(), indicator.baselinePeriod(),
                indicator.targetValue(), indicator.targetPeriod(),
                page.values().stream().map(value -> new Value(value.period(), value.shown())).toList(), messages,
                locale);
    }

    /** The chart of an indicator's values (oldest first); without a baseline only the target is drawn as a line. */
    public static LineChart.Model of(String name, String unit, BigDecimal baselineValue, Period baselinePeriod,
                                     BigDecimal targetValue, Period targetPeriod, List<Value> values,
                                     MessageSource messages, Locale locale) {
        List<LineChart.Point> points = new ArrayList<>();
        for (Value value : values) {
            points.add(new LineChart.Point(value.period().shortLabel(locale), value.shown()));
        }
        List<LineChart.ReferenceLine> lines = new ArrayList<>();
        if (baselineValue != null) {
            lines.add(new LineChart.ReferenceLine(message(messages, locale, "indicator.chart.baseline",
                    baselinePeriod.label(locale)), baselineValue, "baseline"));
        }
        lines.add(new LineChart.ReferenceLine(message(messages, locale, "indicator.chart.target",
                targetPeriod.label(locale)), targetValue, "target"));
        String description = values.isEmpty()
                ? message(messages, locale, "indicator.chart.descriptionEmpty")
                : message(messages, locale, "indicator.chart.description",
                values.get(0).period().label(locale),
                values.get(values.size() - 1).period().label(locale),
                SwedishNumbers.format(values.get(values.size() - 1).shown()) + " " + unit,
                SwedishNumbers.format(targetValue) + " " + unit,
                targetPeriod.label(locale));
        return LineChart.of(message(messages, locale, "indicator.chart.title", name), description,
                message(messages, locale, "indicator.chart.xAxis"), unit,
                List.of(new LineChart.Series(message(messages, locale, "indicator.chart.series"), points)), lines,
                SwedishNumbers::format);
    }

    private static String message(MessageSource messages, Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
