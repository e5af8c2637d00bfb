package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.common.JsonSql;

/**
 * The parts of an agreement's document (signatories, steering group, focus areas, goals, attachments without their
 * content, measures with their responsible parties, goals and newest update's date), each in its order, read in one
 * statement: PostgreSQL aggregates each table's rows to a JSON array ({@link JsonSql}). Read only; the entities stay
 * the way to change them. The organisation names are filled in by the caller.
 */
@Component
class DocumentParts {

    private static final String SQL = """
            select cast(json_build_object(
              'signatories', coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name, 'title', s.title,
                    'organisationId', s.organisation_id, 'signedOn', s.signed_on, 'version', s.version) order by s.id)
                  from signatory s where s.agreement_id = :id), '[]'),
              'steeringGroup', coalesce((select json_agg(json_build_object('id', m.id, 'name', m.name,
                    'function', m.function, 'organisationId', m.organisation_id, 'version', m.version) order by m.id)
                  from steering_group_member m where m.agreement_id = :id), '[]'),
              'focusAreas', coalesce((select json_agg(json_build_object('id', f.id, 'position', f.position,
                    'title', f.title, 'description', f.description, 'version', f.version) order by f.position, f.id)
                  from focus_area f where f.agreement_id = :id), '[]'),
              'goals', coalesce((select json_agg(json_build_object('id', g.id, 'focusAreaId', g.focus_area_id,
                    'type', g.type, 'title', g.title, 'description', g.description, 'targetValue', g.target_value,
                    'targetUnit', g.target_unit, 'targetDate', g.target_date, 'version', g.version) order by g.id)
                  from goal g where g.agreement_id = :id), '[]'),
              'attachments', coalesce((select json_agg(json_build_object('id', a.id, 'kind', a.kind,
                    'filename', a.filename, 'contentType', a.content_type, 'sizeBytes', a.size_bytes,
                    'uploadedBy', a.uploaded_by,
                    'uploadedAt', %s)
                    order by a.uploaded_at, a.id)
                  from agreement_attachment a where a.agreement_id = :id), '[]'),
              'measures', coalesce((select json_agg(json_build_object('id', m.id, 'focusAreaId', m.focus_area_id,
                    'title', m.title, 'description', m.description, 'type', m.type,
                    'responsibleIds', (select coalesce(json_agg(r.organisation_id order by r.organisation_id), '[]')
                        from measure_responsible r where r.measure_id = m.id),
                    'goalIds', (select coalesce(json_agg(g.goal_id order by g.goal_id), '[]')
                        from measure_goal g where g.measure_id = m.id),
                    'contactPerson', m.contact_person, 'place', m.place, 'startDate', m.start_date,
                    'endDate', m.end_date, 'status', m.status, 'version', m.version,
                    'lastUpdatedOn', (select max(u.updated_on) from measure_update u where u.measure_id = m.id))
                    order by m.id)
                  from measure m where m.agreement_id = :id), '[]')) as text)""".formatted(
            JsonSql.instant("a.uploaded_at"));

    private final JsonSql sql;

    DocumentParts(JsonSql sql) {
        this.sql = sql;
    }

    Parts of(long agreementId) {
        return sql.read(SQL, agreementId, Parts.class);
    }

    /** Signatories and steering-group members come without organisation names. */
    record Parts(List<SignatoryView> signatories, List<SteeringGroupMemberView> steeringGroup,
                 List<FocusAreaView> focusAreas, List<GoalView> goals, List<AttachmentView> attachments,
                 List<MeasureRow> measures) {
    }

    /** A measure as read; {@code lastUpdatedOn} is the date of its newest status update, null without any. */
    record MeasureRow(long id, Long focusAreaId, String title, String description, MeasureType type,
                      Set<Long> responsibleIds, Set<Long> goalIds, String contactPerson, String place,
                      LocalDate startDate, LocalDate endDate, MeasureStatus status, long version,
                      LocalDate lastUpdatedOn) {

        MeasureView toView(Map<Long, String> organisationNames) {
            return new MeasureView(id, focusAreaId, title, description, type, Set.copyOf(responsibleIds),
                    Texts.names(responsibleIds, organisationNames), Set.copyOf(goalIds), contactPerson, place,
                    startDate, endDate, status, version);
        }
    }
}
