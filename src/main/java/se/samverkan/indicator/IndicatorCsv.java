package se.samverkan.indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import se.samverkan.common.SpreadsheetCells;
import org.apache.commons.csv.CSVPrinter;
import se.samverkan.common.SwedishNumbers;

/**
 * The export of an agreement's indicators and values for a spreadsheet: UTF-8 with a byte order mark (so that Excel
 * reads å, ä and ö), semicolons and decimal commas as a Swedish Excel expects. The first eight columns are the
 * import's, so an edited export can be imported again. A cell that starts with = + - or @ gets a leading ' so that
 * no spreadsheet runs it as a formula (the import takes the ' off again).
 */
public final class IndicatorCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("indikator", "period", "värde", "antal", "befolkning", "urval",
            "svarsfrekvens", "kommentar", "visat värde", "enhet", "källa", "riktning", "geografisk nivå", "plats",
            "mätfrekvens", "utgångsvärde", "utgångsperiod", "målvärde", "målperiod", "inmatad av", "inmatad");
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private IndicatorCsv() {
    }

    /**
     * One row per value, and one without a period for an indicator that has none yet. {@code label} turns a
     * message key ({@code indicatorSource.NTU}) into the reader's language.
     */
    public static String write(Map<IndicatorView, List<ValueView>> indicators, Function<String, String> label) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Map.Entry<IndicatorView, List<ValueView>> entry : indicators.entrySet()) {
                IndicatorView indicator = entry.getKey();
                if (entry.getValue().isEmpty()) {
                    printer.printRecord(row(indicator, null, label));
                }
                for (ValueView value : entry.getValue()) {
                    printer.printRecord(row(indicator, value, label));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(IndicatorView indicator, ValueView value, Function<String, String> label) {
        List<String> cells = new ArrayList<>(Arrays.asList(indicator.name(),
                value == null ? null : value.period().toString(),
                value == null ? null : number(value.value()),
                value == null || value.count() == null ? null : String.valueOf(value.count()),
                value == null || value.population() == null ? null : String.valueOf(value.population()),
                value == null || value.sampleSize() == null ? null : String.valueOf(value.sampleSize()),
                value == null ? null : number(value.responseRate()),
                value == null ? null : value.note(),
                value == null ? null : number(value.shown()),
                indicator.unit(),
                label.apply("indicatorSource." + indicator.source()),
                label.apply("direction." + indicator.direction()),
                label.apply("geographicLevel." + indicator.level()),
                indicator.placeName(),
                label.apply("frequency." + indicator.frequency()),
                number(indicator.baselineValue()),
                indicator.baselinePeriod() == null ? null : indicator.baselinePeriod().toString(),
                number(indicator.targetValue()),
                indicator.targetPeriod().toString(),
                value == null ? null : value.enteredBy(),
                value == null ? null : ENTERED.format(value.enteredAt())));
        return cells.stream().map(IndicatorCsv::safe).toList();
    }

    /** Plain digits with a decimal comma and no thousands spaces or typographic minus, as spreadsheets read them. */
    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String safe(String cell) {
        return SpreadsheetCells.safe(cell);
    }
}
