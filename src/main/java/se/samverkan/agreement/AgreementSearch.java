package se.samverkan.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.security.SamverkanUser;

/**
 * The staff search: finds agreements, focus areas, goals and measures by the words in their texts, using the
 * generated {@code search} columns (Swedish stemming, so "trygghetsvandringar" finds "trygghetsvandring") and their
 * GIN indexes. Only agreements the user may read are searched: those where the user's organisation is a party,
 * or all of them for an administrator, the same rule as {@link AgreementAccess#mayRead}.
 */
@Service
@Transactional(readOnly = true)
public class AgreementSearch {

    /** Longer queries are refused; the search page tells the user to shorten them. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** The readable agreements, and every matching row of the four tables with its rank. */
    private static final String HITS = """
            with visible as (
                select a.id, a.title
                from agreement a
                where :admin
                   or a.municipality_id = :organisation
                   or a.police_area_id = :organisation
                   or exists (select 1 from agreement_partner p
                              where p.agreement_id = a.id and p.organisation_id = :organisation)
            ), hits as (
                select 'AGREEMENT' as kind, a.id, a.id as agreement_id, a.title,
                       concat_ws(' ', a.purpose, a.situation_picture) as body,
                       ts_rank(a.search, websearch_to_tsquery('swedish', :query)) as rank
                from agreement a
                where a.search @@ websearch_to_tsquery('swedish', :query)
                union all
                select 'FOCUS_AREA', f.id, f.agreement_id, f.title, f.description,
                       ts_rank(f.search, websearch_to_tsquery('swedish', :query))
                from focus_area f
                where f.search @@ websearch_to_tsquery('swedish', :query)
                union all
                select 'GOAL', g.id, g.agreement_id, g.title, g.description,
                       ts_rank(g.search, websearch_to_tsquery('swedish', :query))
                from goal g
                where g.search @@ websearch_to_tsquery('swedish', :query)
                union all
                select 'MEASURE', m.id, m.agreement_id, m.title, concat_ws(' – ', m.description, m.place),
                       ts_rank(m.search, websearch_to_tsquery('swedish', :query))
                from measure m
                where m.search @@ websearch_to_tsquery('swedish', :query)
            )
            """;

    /**
     * One page of hits, best first. The excerpt is made only for the rows on the page, because ts_headline reads
     * the whole text again. Our marker characters are removed from the text first, so every marker in the
     * excerpt is one that ts_headline set; the text comes along to tell whether the excerpt is all of it.
     */
    private static final String PAGE = HITS + """
            select page.kind, page.id, page.title, page.agreement_id, page.agreement_title, page.body,
                   ts_headline('swedish', page.body, websearch_to_tsquery('swedish', :query), :options) as snippet
            from (select h.kind, h.id, h.title, h.agreement_id, v.title as agreement_title, h.rank,
                         translate(coalesce(h.body, ''), :markers, '') as body
                  from hits h join visible v on v.id = h.agreement_id
                  order by h.rank desc, h.agreement_id desc, h.kind, h.id
                  limit :limit offset :offset) page
            order by page.rank desc, page.agreement_id desc, page.kind, page.id
            """;

    private static final String COUNT = HITS + """
            select count(*) from hits h join visible v on v.id = h.agreement_id
            """;

    private final JdbcClient jdbc;

    AgreementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hits for the words in {@code query} (web search syntax: quotes for a phrase, "or", "-" to exclude).
     * A blank query searches nothing and returns an empty page.
     *
     * @throws IllegalArgumentException when the query is longer than {@link #MAX_QUERY_LENGTH}
     */
    public Page<SearchHit> search(SamverkanUser user, String query, Pageable pageable) {
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            return Page.empty(pageable);
        }
        if (words.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("Search query longer than " + MAX_QUERY_LENGTH + " characters");
        }
        List<SearchHit> hits = withParameters(jdbc.sql(PAGE), user, words)
                .param("markers", String.valueOf(SearchSnippets.START) + SearchSnippets.STOP)
                .param("options", SearchSnippets.HEADLINE_OPTIONS)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(AgreementSearch::hit)
                .list();
        return PageableExecutionUtils.getPage(hits, pageable,
                () -> withParameters(jdbc.sql(COUNT), user, words).query(Long.class).single());
    }

    private static SearchHit hit(ResultSet row, int number) throws SQLException {
        return new SearchHit(SearchHit.Kind.valueOf(row.getString("kind")), row.getLong("id"), row.getString("title"),
                SearchSnippets.parse(row.getString("snippet"), row.getString("body")), row.getLong("agreement_id"),
                row.getString("agreement_title"));
    }

    private static JdbcClient.StatementSpec withParameters(JdbcClient.StatementSpec statement, SamverkanUser user,
                                                           String words) {
        return statement
                .param("admin", user.role() == Role.ADMIN)
                .param("organisation", user.organisationId())
                .param("query", words);
    }
}
