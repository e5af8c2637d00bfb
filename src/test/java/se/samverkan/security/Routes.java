package se.samverkan.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application as the handler mappings know it, and a real URL for it: path variables filled with
 * ids of the demo data owned by Tranemo kommun (its agreement with the 2025 annual report, that agreement's parts,
 * Tranemo's pledge and situational picture).
 */
final class Routes {

    /** One handler mapping: its HTTP method ({@code ANY} when it takes every method) and its path pattern. */
    record Route(String method, String pattern) implements Comparable<Route> {

        boolean writes() {
            return !method.equals("GET") && !method.equals("ANY") && !method.equals("HEAD")
                    && !method.equals("OPTIONS");
        }

        @Override
        public int compareTo(Route other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^{}]*(?:\\{[^{}]*\\}[^{}]*)*)?\\}");

    private Routes() {
    }

    static Set<Route> discover(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
            }
        }
        return routes;
    }

    /** The pattern with each path variable replaced by the value the ids give for it in that place. */
    static String url(String pattern, Function<String, Object> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String key = contextual(pattern, name);
            Object value = ids.apply(key);
            if (value == null) {
                throw new AssertionError("No demo value for {" + key + "} in " + pattern);
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** The names of the pattern's path variables, in order, as {@link #url} asks the ids for them. */
    static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(contextual(pattern, matcher.group(1)));
        }
        return names;
    }

    /** Variables whose name means different things in different places get a name that says which. */
    private static String contextual(String pattern, String name) {
        if (name.equals("signatoryId") && pattern.startsWith("/loften/")) {
            return "pledgeSignatoryId";
        }
        if (name.equals("id") && pattern.startsWith("/admin/anvandare/")) {
            return "accountId";
        }
        if (name.equals("id") && pattern.startsWith("/admin/organisationer/")) {
            return "organisationId";
        }
        if (name.equals("id") && pattern.startsWith("/overenskommelser/")) {
            return "agreementId";
        }
        if (name.equals("slug") && pattern.startsWith("/medborgarloften/")) {
            return "pledgeSlug";
        }
        if (name.equals("kommun") || name.equals("slug")) {
            return "municipalitySlug";
        }
        return name;
    }

    /** Ids of Tranemo's demo data, read with SQL so that no access rule hides any of them. */
    static Map<String, Object> tranemo(JdbcClient jdbc) {
        long municipality = single(jdbc, "select id from organisation where slug = 'tranemo'");
        long agreement = single(jdbc, """
                select a.id from agreement a join annual_report r on r.agreement_id = a.id
                where a.municipality_id = ? and r.report_year = 2025 order by a.id limit 1""", municipality);
        long meeting = single(jdbc, """
                select m.id from meeting m where m.agreement_id = ?
                and exists (select 1 from meeting_decision d where d.meeting_id = m.id)
                and exists (select 1 from meeting_action_item i where i.meeting_id = m.id)
                order by m.id limit 1""", agreement);
        long indicator = single(jdbc, """
                select i.id from indicator i where i.agreement_id = ?
                and exists (select 1 from indicator_value v where v.indicator_id = i.id) order by i.id limit 1""",
                agreement);
        long picture = single(jdbc, """
                select p.id from situation_picture p where p.municipality_id = ?
                and exists (select 1 from hotspot h where h.picture_id = p.id)
                and exists (select 1 from situation_citation c where c.picture_id = p.id) order by p.id limit 1""",
                municipality);
        long pledge = single(jdbc, """
                select p.id from pledge p where p.agreement_id = ?
                and exists (select 1 from pledge_commitment c where c.pledge_id = p.id)
                and exists (select 1 from pledge_signatory s where s.pledge_id = p.id)
                order by (p.status = 'PUBLISHED') desc, p.id limit 1""", agreement);
        return Map.ofEntries(
                Map.entry("municipalitySlug", "tranemo"),
                Map.entry("organisationId", municipality),
                Map.entry("accountId", single(jdbc,
                        "select id from user_account where email = 'samordnare@tranemo.example'")),
                Map.entry("agreementId", agreement),
                Map.entry("focusAreaId", first(jdbc, "focus_area", agreement)),
                Map.entry("goalId", first(jdbc, "goal", agreement)),
                Map.entry("measureId", first(jdbc, "measure", agreement)),
                Map.entry("signatoryId", first(jdbc, "signatory", agreement)),
                Map.entry("memberId", first(jdbc, "steering_group_member", agreement)),
                Map.entry("meetingId", meeting),
                Map.entry("decisionId", single(jdbc,
                        "select min(id) from meeting_decision where meeting_id = ?", meeting)),
                Map.entry("itemId", single(jdbc,
                        "select min(id) from meeting_action_item where meeting_id = ?", meeting)),
                Map.entry("indicatorId", indicator),
                Map.entry("valueId", single(jdbc,
                        "select min(id) from indicator_value where indicator_id = ?", indicator)),
                Map.entry("pictureId", picture),
                Map.entry("hotspotId", single(jdbc, "select min(id) from hotspot where picture_id = ?", picture)),
                Map.entry("citationId", single(jdbc,
                        "select min(id) from situation_citation where picture_id = ?", picture)),
                Map.entry("pledgeId", pledge),
                Map.entry("pledgeSlug", jdbc.sql("select slug from pledge where id = ?").param(pledge)
                        .query(String.class).single()),
                Map.entry("commitmentId", single(jdbc,
                        "select min(id) from pledge_commitment where pledge_id = ?", pledge)),
                Map.entry("pledgeSignatoryId", single(jdbc,
                        "select min(id) from pledge_signatory where pledge_id = ?", pledge)),
                Map.entry("year", 2025),
                Map.entry("section", "sammanfattning"));
    }

    /**
     * An attachment and a review comment for Tranemo's agreement: the demo has none. Made inside the caller's
     * transaction, which is rolled back.
     */
    static Map<String, Object> madeForTheRequest(JdbcClient jdbc, long agreement) {
        long attachment = jdbc.sql("""
                        insert into agreement_attachment
                            (agreement_id, kind, filename, content_type, size_bytes, content, uploaded_by, uploaded_at)
                        values (?, 'OTHER', 'matris.txt', 'text/plain', 6, ?, 'Matristest', ?) returning id""")
                .params(agreement, "matris".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).single();
        long report = single(jdbc,
                "select id from annual_report where agreement_id = ? and report_year = 2025 and status <> 'SUPERSEDED'", agreement);
        long section = single(jdbc,
                "select id from annual_report_section where report_id = ? and kind = 'SUMMARY'", report);
        long comment = jdbc.sql("""
                        insert into annual_report_comment (report_id, section_id, author, body, created_at)
                        values (?, ?, 'Matristest', 'En kommentar', ?) returning id""")
                .params(report, section, java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).single();
        return Map.of("attachmentId", attachment, "commentId", comment);
    }

    private static long first(JdbcClient jdbc, String table, long agreement) {
        return single(jdbc, "select min(id) from " + table + " where agreement_id = ?", agreement);
    }

    private static long single(JdbcClient jdbc, String sql, Object... params) {
        Long id = jdbc.sql(sql).params(params).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new AssertionError("The demo data has no row for: " + sql.replaceAll("\\s+", " "));
        }
        return id;
    }
}
