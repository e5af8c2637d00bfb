package se.samverkan.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs statements that let PostgreSQL aggregate rows to one JSON document (one statement instead of one per table)
 * and reads the document into records with Jackson. A native query through JPA, so that changes the transaction has
 * made are flushed first.
 */
@Component
public class JsonSql {

    private final JsonMapper json;

    @PersistenceContext
    private EntityManager entityManager;

    JsonSql(JsonMapper json) {
        this.json = json;
    }

    /** Runs {@code sql}, which selects one text column and has one parameter {@code :id}, and reads the result. */
    public <T> T read(String sql, long id, Class<T> type) {
        return json.readValue((String) entityManager.createNativeQuery(sql).setParameter("id", id).getSingleResult(),
                type);
    }

    /**
     * A {@code timestamptz} column as an ISO-8601 instant in UTC ("2026-11-30T16:59:20.123456Z"), which Jackson reads
     * into an {@link java.time.Instant} whatever the session's time zone.
     */
    public static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
