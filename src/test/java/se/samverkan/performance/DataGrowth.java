package se.samverkan.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the demo data of one municipality and its agreements several times larger by copying rows in SQL, and
 * removes every row it added afterwards, so that other tests sharing the database see the demo data unchanged.
 * Statement counts are compared before and after growing: a page whose count grows reads per row (N+1).
 * <p>
 * Until the lead switches this test to {@code se.samverkan.scale.SwedenDataset}, this is the "large" dataset.
 */
final class DataGrowth implements AutoCloseable {

    /** Tables the growth adds to, deleted from (rows above the watermark) in this order. */
    private static final List<String> TABLES = List.of("situation_citation", "hotspot", "situation_picture",
            "pledge_update", "pledge_signatory", "pledge_commitment", "pledge", "annual_report_event",
            "annual_report_comment", "annual_report", "meeting_action_item", "meeting_decision", "meeting",
            "indicator_value", "indicator", "measure_update", "measure", "goal", "focus_area", "signatory",
            "steering_group_member", "agreement");

    private final JdbcClient jdbc;
    private final Map<String, Long> watermarks = new LinkedHashMap<>();

    DataGrowth(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (String table : TABLES) {
            watermarks.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
        }
    }

    /** Copies the municipality's agreements (with their annual reports) and pledges, and adds weekly pictures. */
    void growMunicipality(String slug, int times) {
        long municipality = jdbc.sql("select id from organisation where slug = ?").param(slug)
                .query(Long.class).single();
        String originals = "t.municipality_id = " + municipality + " and t.id <= " + watermarks.get("agreement");
        for (int i = 1; i <= times; i++) {
            copy("agreement", "", originals, Map.of("title", "t.title || ' (kopia " + i + ")'",
                    "predecessor_id", "null"));
            copy("annual_report", "join agreement oa on oa.id = t.agreement_id join agreement na on na.title = "
                            + "oa.title || ' (kopia " + i + ")' and na.municipality_id = oa.municipality_id",
                    "oa.municipality_id = " + municipality + " and t.id <= " + watermarks.get("annual_report")
                            + " and na.id > " + watermarks.get("agreement"),
                    Map.of("agreement_id", "na.id"));
            copy("pledge", "", "t.municipality_id = " + municipality + " and t.id <= " + watermarks.get("pledge"),
                    Map.of("slug", "t.slug || '-kopia-" + i + "'", "predecessor_id", "null"));
            jdbc.sql("insert into situation_picture (municipality_id, period_type, period_start, summary) "
                    + "select t.municipality_id, 'WEEK', (date_trunc('week', t.period_start) + interval '" + (7 * (i - 1))
                    + " days')::date, t.summary from situation_picture t where t.municipality_id = ? and t.period_type"
                    + " = 'MONTH' and t.id <= ? on conflict do nothing")
                    .params(municipality, watermarks.get("situation_picture")).update();
        }
        jdbc.sql("insert into situation_picture_compiler (picture_id, organisation_id) select id, municipality_id "
                + "from situation_picture where id > ? on conflict do nothing").param(watermarks.get("situation_picture")).update();
        copyTimes("hotspot", "join situation_picture p on p.id = t.picture_id",
                "p.municipality_id = " + municipality, Map.of(), times);
    }

    /** More of everything an agreement page and its annual report show, several times over. */
    void growAgreement(long agreement, int times) {
        String own = "t.agreement_id = " + agreement;
        for (int i = 1; i <= times; i++) {
            copy("focus_area", "", own + below("focus_area"), Map.of("position", "t.position + " + (100 * i)));
            copy("indicator", "", own + below("indicator"), Map.of("name", "t.name || ' " + i + "'"));
        }
        copyTimes("goal", "", own, Map.of(), times);
        copyTimes("measure", "", own, Map.of(), times);
        jdbc.sql("insert into measure_responsible (measure_id, organisation_id) select m.id, a.municipality_id "
                + "from measure m join agreement a on a.id = m.agreement_id where m.agreement_id = ? and m.id > ?")
                .params(agreement, watermarks.get("measure")).update();
        jdbc.sql("insert into measure_goal (measure_id, goal_id) select m.id, (select min(g.id) from goal g where "
                + "g.agreement_id = m.agreement_id) from measure m where m.agreement_id = ? and m.id > ? and exists "
                + "(select 1 from goal g where g.agreement_id = m.agreement_id)")
                .params(agreement, watermarks.get("measure")).update();
        jdbc.sql("insert into measure_update (measure_id, agreement_id, updated_on, status, comment, author, "
                + "created_at) select m.id, m.agreement_id, coalesce(m.start_date, date '2025-03-01'), m.status, "
                + "'Uppföljning', 'Testperson', now() from measure m where m.agreement_id = ? and m.id > ?")
                .params(agreement, watermarks.get("measure")).update();
        copyTimes("measure_update", "", own, Map.of(), times);
        copyTimes("signatory", "", own, Map.of(), times);
        copyTimes("steering_group_member", "", own, Map.of(), times);
        copy("indicator_value", "join indicator oi on oi.id = t.indicator_id join indicator ni on "
                        + "ni.agreement_id = oi.agreement_id and ni.name like oi.name || ' %' and ni.id > "
                        + watermarks.get("indicator"),
                "oi.agreement_id = " + agreement + " and t.id <= " + watermarks.get("indicator_value"),
                Map.of("indicator_id", "ni.id"));
        copyTimes("meeting", "", own, Map.of(), times);
        copyTimes("meeting_decision", "", own, Map.of(), times);
        copyTimes("meeting_action_item", "", own, Map.of(), times);
        copyTimes("pledge_commitment", "join pledge p on p.id = t.pledge_id", "p.agreement_id = " + agreement,
                Map.of(), times);
        copyTimes("pledge_signatory", "join pledge p on p.id = t.pledge_id", "p.agreement_id = " + agreement,
                Map.of(), times);
        copyTimes("pledge_update", "join pledge p on p.id = t.pledge_id", "p.agreement_id = " + agreement,
                Map.of(), times);
        copyTimes("annual_report_comment", "join annual_report r on r.id = t.report_id",
                "r.agreement_id = " + agreement, Map.of(), times);
        copyTimes("annual_report_event", "join annual_report r on r.id = t.report_id",
                "r.agreement_id = " + agreement, Map.of(), times);
        jdbc.sql("insert into situation_citation (picture_id, focus_area_id) select p.id, f.id from situation_picture"
                + " p join agreement a on a.municipality_id = p.municipality_id join focus_area f on f.agreement_id "
                + "= a.id where a.id = ? and p.id > ? and f.id > ? on conflict do nothing")
                .params(agreement, watermarks.get("situation_picture"), watermarks.get("focus_area")).update();
    }

    private String below(String table) {
        return " and t.id <= " + watermarks.get(table);
    }

    /** The rows matching (among those there before the growth) copied {@code times} times. */
    private void copyTimes(String table, String join, String where, Map<String, String> overrides, int times) {
        for (int i = 0; i < times; i++) {
            copy(table, join, where + below(table), overrides);
        }
    }

    private void copy(String table, String join, String where, Map<String, String> overrides) {
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = ? "
                        + "and column_name <> 'id' and is_generated = 'NEVER' and table_schema = current_schema() "
                        + "order by ordinal_position")
                .param(table).query(String.class).list();
        String values = columns.stream().map(column -> overrides.getOrDefault(column, "t." + column))
                .collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from "
                + table + " t " + join + " where " + where).update();
    }

    @Override
    public void close() {
        watermarks.forEach((table, watermark) ->
                jdbc.sql("delete from " + table + " where id > ?").param(watermark).update());
    }
}
