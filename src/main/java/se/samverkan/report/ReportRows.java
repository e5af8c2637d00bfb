package se.samverkan.report;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.common.JsonSql;

/**
 * What a report page shows of one report's own small tables (sections, comments, approvals, presentations,
 * history), each in its order, read in one statement: PostgreSQL aggregates each table's rows to a JSON array
 * ({@link JsonSql}). Read only; the entities stay the way to change them.
 */
@Component
class ReportRows {

    private static final String SQL = """
            select cast(json_build_object(
              'sections', coalesce((select json_agg(json_build_object('id', s.id, 'kind', s.kind,
                    'focusAreaId', s.focus_area_id, 'body', s.body, 'writtenBy', s.written_by,
                    'writtenAt', %1$s, 'version', s.version) order by s.id)
                  from annual_report_section s where s.report_id = :id), '[]'),
              'comments', coalesce((select json_agg(json_build_object('id', c.id, 'sectionId', c.section_id,
                    'author', c.author, 'body', c.body, 'createdAt', %2$s, 'answer', c.answer,
                    'answeredBy', c.answered_by, 'answeredAt', %3$s, 'resolved', c.resolved) order by c.id)
                  from annual_report_comment c where c.report_id = :id), '[]'),
              'approvals', coalesce((select json_agg(json_build_object('accountId', a.account_id,
                    'approver', a.approver, 'organisationId', a.organisation_id, 'approvedAt', %4$s) order by a.id)
                  from annual_report_approval a where a.report_id = :id), '[]'),
              'presentations', coalesce((select json_agg(json_build_object('recipient', p.recipient,
                    'presentedOn', p.presented_on, 'registrationNumber', p.registration_number,
                    'recordedBy', p.recorded_by) order by p.recipient)
                  from annual_report_presentation p where p.report_id = :id), '[]'),
              'events', coalesce((select json_agg(json_build_object('occurredAt', %5$s, 'actor', e.actor,
                    'kind', e.kind, 'detail', e.detail) order by e.occurred_at desc, e.id desc)
                  from annual_report_event e where e.report_id = :id), '[]')) as text)""".formatted(
            JsonSql.instant("s.written_at"), JsonSql.instant("c.created_at"), JsonSql.instant("c.answered_at"),
            JsonSql.instant("a.approved_at"), JsonSql.instant("e.occurred_at"));

    private final JsonSql sql;

    ReportRows(JsonSql sql) {
        this.sql = sql;
    }

    Rows of(long reportId) {
        return sql.read(SQL, reportId, Rows.class);
    }

    record Rows(List<Section> sections, List<Comment> comments, List<Approval> approvals,
                List<PresentationView> presentations, List<EventView> events) {
    }

    record Section(long id, SectionKind kind, Long focusAreaId, String body, String writtenBy, Instant writtenAt,
                   long version) {

        SectionKey key() {
            return new SectionKey(kind, focusAreaId);
        }

        SectionText text() {
            return new SectionText(kind, focusAreaId, body, writtenBy, writtenAt, version);
        }
    }

    record Comment(long id, long sectionId, String author, String body, Instant createdAt, String answer,
                   String answeredBy, Instant answeredAt, boolean resolved) {

        CommentView view(SectionKey key) {
            return new CommentView(id, key, author, body, createdAt, answer, answeredBy, answeredAt, resolved);
        }
    }

    record Approval(long accountId, String approver, long organisationId, Instant approvedAt) {
    }
}
