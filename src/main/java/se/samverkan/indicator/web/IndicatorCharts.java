package se.samverkan.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.samverkan.common.LineChart;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.indicator.IndicatorPage;
import se.samverkan.indicator.IndicatorView;
import se.samverkan.indicator.ValueView;

/** The chart of an indicator page: its values over time with the baseline and the target as lines. */
final class IndicatorCharts {

    private IndicatorCharts() {
    }

    static LineChart.Model of(IndicatorPage page, MessageSource messages, Locale locale) {
        IndicatorView indicator = page.indicator();
        List<LineChart.Point> points = new ArrayList<>();
        for (ValueView value : page.values()) {
            points.add(new LineChart.Point(value.period().shortLabel(locale), value.shown()));
        }
        List<LineChart.ReferenceLine> lines = new ArrayList<>();
        if (indicator.baselineValue() != null) {
            lines.add(new LineChart.ReferenceLine(message(messages, locale, "indicator.chart.baseline",
                    indicator.baselinePeriod().label(locale)), indicator.baselineValue(), "baseline"));
        }
        lines.add(new LineChart.ReferenceLine(message(messages, locale, "indicator.chart.target",
                indicator.targetPeriod().label(locale)), indicator.targetValue(), "target"));
        String description = page.values().isEmpty()
                ? message(messages, locale, "indicator.chart.descriptionEmpty")
                : message(messages, locale, "indicator.chart.description",
                page.values().get(0).period().label(locale),
                page.values().get(page.values().size() - 1).period().label(locale),
                SwedishNumbers.format(page.figures().latest().shown()) + " " + indicator.unit(),
                SwedishNumbers.format(indicator.targetValue()) + " " + indicator.unit(),
                indicator.targetPeriod().label(locale));
        return LineChart.of(message(messages, locale, "indicator.chart.title", indicator.name()), description,
                message(messages, locale, "indicator.chart.xAxis"), indicator.unit(),
                List.of(new LineChart.Series(message(messages, locale, "indicator.chart.series"), points)), lines,
                SwedishNumbers::format);
    }

    private static String message(MessageSource messages, Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
