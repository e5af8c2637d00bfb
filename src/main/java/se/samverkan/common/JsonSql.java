package se.samverkan.common;

/**
 * Pieces of SQL for statements that let PostgreSQL aggregate rows to JSON (one statement instead of one per table),
 * read back with Jackson into records.
 */
public final class JsonSql {

    private JsonSql() {
    }

    /**
     * A {@code timestamptz} column as an ISO-8601 instant in UTC ("2026-11-30T16:59:20.123456Z"), which Jackson reads
     * into an {@link java.time.Instant} whatever the session's time zone.
     */
    public static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
