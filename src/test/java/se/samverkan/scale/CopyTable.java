package se.samverkan.scale;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, written with PostgreSQL's {@code COPY … FROM STDIN} (text format) when flushed: far faster
 * than INSERT statements for hundreds of thousands of rows. Values are written as PostgreSQL reads them as text:
 * {@code null} as {@code \N}, booleans as t/f, dates and instants in ISO 8601.
 */
final class CopyTable {

    private final String name;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private long written;

    CopyTable(String name, String columns) {
        this.name = name;
        this.columns = columns;
    }

    String name() {
        return name;
    }

    /** Whether the table's first column is its generated {@code id}. */
    boolean hasId() {
        return columns.startsWith("id,");
    }

    long written() {
        return written;
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        written++;
    }

    void flush(CopyManager copy) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + name + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof java.math.BigDecimal d) {
            rows.append(d.toPlainString());
        } else if (value instanceof Boolean b) {
            rows.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        } else {
            rows.append(value);
        }
    }
}
