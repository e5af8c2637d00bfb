package se.samverkan.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.security.SamverkanUser;

/**
 * Measured values from a CSV file: {@code indikator;period;värde;antal;befolkning;urval;svarsfrekvens;kommentar}
 * (semicolons or commas, decimal comma, a header row naming the columns in any order; English names work too,
 * unknown columns are ignored, so an export can be imported again). An indicator is found by its name within the
 * agreement.
 * <p>
 * The preview saves nothing. Confirming parses the same text again (never trusting what the preview showed) and
 * saves the rows that are accepted then, in one transaction; rejected rows are skipped and counted, so that one
 * mistyped line does not hold back a year of values. A file refused as a whole saves nothing.
 */
@Service
@Transactional
public class IndicatorImport {

    enum Column {
        INDICATOR("indikator", "indicator"),
        PERIOD("period"),
        VALUE("värde", "varde", "value"),
        COUNT("antal", "count"),
        POPULATION("befolkning", "population"),
        SAMPLE("urval", "sample", "sample size"),
        RESPONSE_RATE("svarsfrekvens", "response rate"),
        NOTE("kommentar", "note", "comment");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Column named(String header) {
            String name = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            for (Column column : values()) {
                if (column.names.contains(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    private static final int NOTE_LENGTH = 1000;

    private final AgreementReader agreements;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ValueService valueService;
    private final Clock clock;

    IndicatorImport(AgreementReader agreements, IndicatorRepository indicators, IndicatorValueRepository values,
                    ValueService valueService, Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.values = values;
        this.valueService = valueService;
        this.clock = clock;
    }

    /** Every row with what confirming would do to it; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(SamverkanUser user, long agreementId, String text) {
        agreements.editable(user, agreementId);
        List<ImportRow> rows = new ArrayList<>();
        read(agreementId, text, (row, command) -> rows.add(row));
        return new ImportPreview(rows);
    }

    /** Parses the text again and saves the accepted rows; rejected rows are skipped and counted. */
    public ImportResult confirm(SamverkanUser user, long agreementId, String text) {
        agreements.editable(user, agreementId);
        int[] counts = new int[3];
        read(agreementId, text, (row, command) -> {
            if (!row.accepted()) {
                counts[2]++;
                return;
            }
            ValueService.Saved saved = valueService.save(user, command.indicator(), command.value());
            counts[saved.replaced() ? 1 : 0]++;
        });
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    private record Accepted(Indicator indicator, ValueCommand value) {
    }

    private interface RowHandler {
        void handle(ImportRow row, Accepted accepted);
    }

    private void read(long agreementId, String text, RowHandler handler) {
        String checked = ImportText.checked(text);
        Map<String, Indicator> byName = new HashMap<>();
        indicators.findByAgreementIdOrderByNameAsc(agreementId)
                .forEach(indicator -> byName.put(key(indicator.getName()), indicator));
        Set<String> existing = new HashSet<>();
        if (!byName.isEmpty()) {
            values.findByIndicatorIdInOrderByPeriodStartAsc(byName.values().stream().map(Indicator::getId).toList())
                    .forEach(value -> existing.add(value.getIndicatorId() + "/" + value.getPeriod()));
        }
        List<Line> lines = lines(checked);
        Map<Column, Integer> columns = header(lines.get(0).record());
        Map<String, Long> seen = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Line line : lines.subList(1, lines.size())) {
            if (blank(line.record())) {
                continue;
            }
            Row row = new Row(line.record(), line.number(), columns);
            try {
                Accepted accepted = accept(row, byName, today);
                String key = accepted.indicator().getId() + "/" + accepted.value().period();
                Long earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    throw new RowRejected("import.row.duplicate", earlier);
                }
                handler.handle(row.result(existing.contains(key) ? ImportRow.Outcome.REPLACES
                        : ImportRow.Outcome.NEW, null), accepted);
            } catch (RowRejected rejected) {
                handler.handle(row.result(ImportRow.Outcome.REJECTED, rejected.key, rejected.arguments), null);
            }
        }
    }

    /** A record and the line of the file it starts on. */
    private record Line(CSVRecord record, long number) {
    }

    private static List<Line> lines(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<Line> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            int counted = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                // The line a record starts on: the line breaks before its first character, plus one. Its
                // position may lie before empty lines the parser skipped.
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                    start++;
                }
                for (; counted < start; counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                records.add(new Line(record, line));
                if (records.size() > ImportText.MAX_ROWS + 1) {
                    throw new ImportRefusedException("import.tooManyRows", ImportText.MAX_ROWS);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("import.unreadable", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new ImportRefusedException("import.empty", null);
        }
        return records;
    }

    private static Map<Column, Integer> header(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.named(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        if (!columns.containsKey(Column.INDICATOR) || !columns.containsKey(Column.PERIOD)
                || !columns.containsKey(Column.VALUE) && !columns.containsKey(Column.COUNT)) {
            throw new ImportRefusedException("import.noHeader", null);
        }
        return columns;
    }

    private static Accepted accept(Row row, Map<String, Indicator> byName, LocalDate today) {
        String name = row.get(Column.INDICATOR);
        if (name.isEmpty()) {
            throw new RowRejected("import.row.noIndicator");
        }
        Indicator indicator = byName.get(key(name));
        if (indicator == null) {
            throw new RowRejected("import.row.unknownIndicator", name);
        }
        Period period;
        try {
            period = Period.parse(row.get(Column.PERIOD), indicator.getFrequency());
        } catch (PeriodException e) {
            throw new RowRejected(e.messageKey(), e.arguments());
        }
        if (period.start().isAfter(today)) {
            throw new RowRejected("indicatorValue.period.future", period);
        }
        BigDecimal value = decimal(row.get(Column.VALUE));
        Long count = whole(row.get(Column.COUNT), 0);
        Long population = whole(row.get(Column.POPULATION), 1);
        if (value != null && (count != null || population != null)) {
            throw new RowRejected("import.row.valueAndCount");
        }
        if (value == null && count == null) {
            throw new RowRejected(population == null ? "import.row.noValue" : "import.row.countMissing");
        }
        if (count != null && population == null) {
            throw new RowRejected("import.row.populationMissing");
        }
        Long sample = whole(row.get(Column.SAMPLE), 1);
        BigDecimal responseRate = decimal(row.get(Column.RESPONSE_RATE));
        if (responseRate != null && (responseRate.signum() < 0 || responseRate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RowRejected("import.row.responseRate", row.get(Column.RESPONSE_RATE));
        }
        String note = row.get(Column.NOTE);
        if (note.length() > NOTE_LENGTH) {
            throw new RowRejected("import.row.noteTooLong", NOTE_LENGTH);
        }
        if (sample != null && sample > Integer.MAX_VALUE) {
            throw new RowRejected("import.row.badNumber", row.get(Column.SAMPLE));
        }
        ValueCommand command = new ValueCommand(period, value, count, population,
                sample == null ? null : sample.intValue(), responseRate, note.isEmpty() ? null : note, 0);
        ValueRules.check(indicator.getSource(), command).ifPresent(broken -> {
            throw new RowRejected(broken.messageKey());
        });
        return new Accepted(indicator, command);
    }

    private static BigDecimal decimal(String text) {
        try {
            return SwedishNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new RowRejected("import.row.badNumber", text);
        }
    }

    private static Long whole(String text, long minimum) {
        BigDecimal number = decimal(text.replace("\u00a0", " "));
        if (number == null) {
            return null;
        }
        if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(minimum)) < 0) {
            throw new RowRejected(minimum > 0 ? "import.row.positiveWhole" : "import.row.whole", text);
        }
        return number.longValueExact();
    }

    private static boolean blank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** One record with its columns; a spreadsheet-safe prefix (') written by the export is taken off again. */
    private record Row(CSVRecord record, long line, Map<Column, Integer> columns) {

        String get(Column column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return "";
            }
            String cell = record.get(index).strip();
            return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                    ? cell.substring(1) : cell;
        }

        ImportRow result(ImportRow.Outcome outcome, String reasonKey, Object... arguments) {
            String value = get(Column.VALUE);
            if (value.isEmpty() && !get(Column.COUNT).isEmpty()) {
                value = get(Column.COUNT) + " / " + get(Column.POPULATION);
            }
            return new ImportRow(line(), get(Column.INDICATOR), get(Column.PERIOD), value, outcome, reasonKey,
                    List.of(arguments));
        }
    }

    private static final class RowRejected extends RuntimeException {

        private final String key;
        private final transient Object[] arguments;

        RowRejected(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }
}
