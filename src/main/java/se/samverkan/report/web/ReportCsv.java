package se.samverkan.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import se.samverkan.common.SpreadsheetCells;
import org.apache.commons.csv.CSVPrinter;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.report.ReportContent;
import se.samverkan.report.ReportContent.Area;

/**
 * A report's measures and indicator values as one CSV table: a {@code measure} row per measure, an
 * {@code indicator_value} row per value of each goal's indicators. RFC 4180, UTF-8 with a byte order mark so
 * that Excel shows å, ä and ö; numbers with a decimal comma as Swedish spreadsheets expect, quoted.
 */
final class ReportCsv {

    static final String BOM = "\uFEFF";

    private static final String[] HEADER = {"record_type", "year", "focus_area", "title", "responsible", "status",
            "start_date", "end_date", "last_update", "goal", "indicator", "unit", "baseline", "target", "period",
            "value", "indicator_status", "last_update_status", "percent_done", "baseline_period", "target_period"};

    private ReportCsv() {
    }

    static String write(ReportContent content) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        // Semicolons, as Swedish spreadsheets expect when numbers carry a decimal comma.
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Area area : content.allAreas()) {
                String areaTitle = area.overarching() ? "" : area.title();
                for (ReportContent.MeasurePart measure : area.measures()) {
                    ReportContent.MeasureUpdate update = measure.lastUpdate();
                    printer.printRecord("measure", content.year(), safe(areaTitle), safe(measure.title()),
                            safe(measure.responsible()),
                            measure.status(), measure.startDate(), measure.endDate(),
                            update == null ? null : update.date(), null, null, null, null, null, null, null, null,
                            update == null ? null : update.status(), update == null ? null : update.percentText(),
                            null, null);
                }
                for (ReportContent.GoalPart goal : area.goals()) {
                    for (ReportContent.IndicatorPart indicator : goal.indicators()) {
                        for (ReportContent.IndicatorValue value : indicator.values()) {
                            printer.printRecord("indicator_value", content.year(), safe(areaTitle), null, null, null,
                                    null, null, null, safe(goal.title()), safe(indicator.name()),
                                    safe(indicator.unit()),
                                    number(indicator.baseline()), number(indicator.target()), value.period(),
                                    number(value.value()), indicator.status(), null, null,
                                    indicator.baselinePeriod(), indicator.targetPeriod());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String safe(String text) {
        return SpreadsheetCells.safe(text);
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? null : SwedishNumbers.format(value);
    }
}
