package se.samverkan.situation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.samverkan.common.LineChart;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.situation.TrendRow;

/** The trend view's chart: incidents per period, a gap where the place or category was not named. */
final class TrendChart {

    private TrendChart() {
    }

    static LineChart.Model of(List<TrendRow> rows, String subject, MessageSource messages, Locale locale) {
        List<LineChart.Point> points = rows.stream()
                .map(row -> new LineChart.Point(row.period().shortLabel(locale),
                        row.incidentCount() == null ? null : BigDecimal.valueOf(row.incidentCount())))
                .toList();
        String description = messages.getMessage("situation.trend.chartDescription", new Object[] {
                rows.get(0).period().label(locale), rows.get(rows.size() - 1).period().label(locale),
                rows.stream().filter(row -> row.incidentCount() != null).count()}, locale);
        String count = messages.getMessage("hotspot.field.incidentCount", null, locale);
        return LineChart.of(messages.getMessage("situation.trend.caption", new Object[] {subject}, locale),
                description, messages.getMessage("situation.field.period", null, locale), count,
                List.of(new LineChart.Series(count, points)), List.of(), SwedishNumbers::format, true);
    }
}
