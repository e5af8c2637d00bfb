package se.samverkan.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import se.samverkan.common.LineChart;
import se.samverkan.indicator.IndicatorChart;
import se.samverkan.indicator.Period;
import se.samverkan.report.ReportContent.IndicatorPart;

/**
 * The chart of every indicator of a report by the indicator's id, drawn as the indicator page draws it: for the
 * report page, its PDF and the public report page.
 */
public final class ReportCharts {

    private ReportCharts() {
    }

    public static Map<Long, LineChart.Model> of(ReportContent content, MessageSource messages, Locale locale) {
        Map<Long, LineChart.Model> charts = new LinkedHashMap<>();
        for (IndicatorPart indicator : content.indicators()) {
            charts.putIfAbsent(indicator.id(), IndicatorChart.of(indicator.name(), indicator.unit(),
                    indicator.baseline(), period(indicator.baselinePeriod()), indicator.target(),
                    period(indicator.targetPeriod()), indicator.values().stream()
                            .map(value -> new IndicatorChart.Value(Period.parse(value.period()), value.value()))
                            .toList(),
                    messages, locale));
        }
        return charts;
    }

    private static Period period(String text) {
        return text == null ? null : Period.parse(text);
    }
}
