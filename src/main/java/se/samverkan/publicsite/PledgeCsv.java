package se.samverkan.publicsite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.samverkan.common.SpreadsheetCells;
import se.samverkan.pledge.OpenPledge;

/**
 * Open data as one flat CSV table: one row per record, {@code record_type} says which (pledge, commitment,
 * signatory, update, update_status, result) and which columns it fills; docs/open-data.md lists them. RFC 4180
 * (comma, CRLF, quotes), UTF-8 with a byte order mark so that Excel shows å, ä and ö.
 */
final class PledgeCsv {

    static final String BOM = "\uFEFF";

    enum Column {
        record_type, pledge_id, update_id, url, title, target, municipality, police_area, partners, period_start,
        period_end, status, date, position, organisation, name, role, text, situation, achievement, follow_up,
        result_done, result_achieved, continues, previous_pledge_id
    }

    private PledgeCsv() {
    }

    static String write(List<OpenPledge> pledges) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(Arrays.stream(Column.values()).map(Enum::name).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (OpenPledge pledge : pledges) {
                printer.printRecord(pledgeRow(pledge));
                for (OpenPledge.Commitment c : pledge.commitments()) {
                    printer.printRecord(row("commitment", pledge)
                            .set(Column.position, c.position()).set(Column.text, c.description())
                            .set(Column.organisation, c.responsible()).set(Column.status, c.status()).values());
                }
                for (OpenPledge.Signatory s : pledge.signatories()) {
                    printer.printRecord(row("signatory", pledge).set(Column.name, s.name())
                            .set(Column.role, s.title()).set(Column.organisation, s.organisation())
                            .set(Column.date, s.signedOn()).values());
                }
                for (OpenPledge.Update u : pledge.updates()) {
                    printer.printRecord(row("update", pledge).set(Column.update_id, u.id())
                            .set(Column.date, u.date()).set(Column.text, u.text()).values());
                    for (OpenPledge.StatusChange change : u.commitmentStatuses()) {
                        printer.printRecord(row("update_status", pledge).set(Column.update_id, u.id())
                                .set(Column.date, u.date()).set(Column.text, change.commitment())
                                .set(Column.status, change.status()).values());
                    }
                }
                if (pledge.result() != null) {
                    OpenPledge.Result r = pledge.result();
                    printer.printRecord(row("result", pledge).set(Column.date, r.writtenOn())
                            .set(Column.result_done, r.done()).set(Column.result_achieved, r.achieved())
                            .set(Column.continues, r.continues()).values());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> pledgeRow(OpenPledge p) {
        return row("pledge", p).set(Column.url, p.url()).set(Column.title, p.title()).set(Column.target, p.target())
                .set(Column.municipality, p.municipality()).set(Column.police_area, p.policeArea())
                .set(Column.partners, String.join("; ", p.partners()))
                .set(Column.period_start, p.periodStart()).set(Column.period_end, p.periodEnd())
                .set(Column.status, p.status()).set(Column.date, p.publishedOn())
                .set(Column.situation, p.situation()).set(Column.achievement, p.achievement())
                .set(Column.follow_up, p.followUp()).set(Column.previous_pledge_id, p.previousPledgeId()).values();
    }

    private static Row row(String type, OpenPledge pledge) {
        return new Row().set(Column.record_type, type).set(Column.pledge_id, pledge.id());
    }

    /**
     * One line with every column empty until set; dates print as ISO 8601 through toString. Texts that start like a
     * spreadsheet formula get a leading apostrophe ({@link SpreadsheetCells}), as the file is made to be opened in
     * Excel.
     */
    private static final class Row {
        private final List<Object> values = new ArrayList<>(java.util.Collections.nCopies(Column.values().length, ""));

        Row set(Column column, Object value) {
            values.set(column.ordinal(), value == null ? ""
                    : value instanceof String text ? SpreadsheetCells.safe(text) : value.toString());
            return this;
        }

        List<Object> values() {
            return values;
        }
    }
}
