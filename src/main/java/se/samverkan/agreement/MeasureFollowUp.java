package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.Paging;
import se.samverkan.security.SamverkanUser;

/**
 * Follow-up of measures while an agreement is active: status updates (each sets the measure's status and is written
 * to the agreement's history), and the measures that need attention for a dashboard. Any coordinator of the parties
 * records updates, not only those of the responsible parties: the steering group follows the work together and the
 * update is often entered by whoever took the notes.
 */
@Service
@Transactional
public class MeasureFollowUp {

    private final AgreementAccess access;
    private final AgreementReader reader;
    private final MeasureRepository measures;
    private final MeasureUpdateRepository updates;
    private final FocusAreaRepository focusAreas;
    private final GoalRepository goals;
    private final OrganisationNames organisationNames;
    private final AgreementHistory history;
    private final Clock clock;

    MeasureFollowUp(AgreementAccess access, AgreementReader reader, MeasureRepository measures,
                    MeasureUpdateRepository updates, FocusAreaRepository focusAreas, GoalRepository goals,
                    OrganisationNames organisationNames, AgreementHistory history, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.measures = measures;
        this.updates = updates;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.organisationNames = organisationNames;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MeasureDetail detail(SamverkanUser user, long agreementId, long measureId, Pageable pageable) {
        Agreement agreement = access.readable(user, agreementId);
        Measure measure = find(agreementId, measureId);
        Map<Long, String> names = organisationNames.of(agreement.partyIds());
        String focusAreaTitle = measure.getFocusAreaId() == null ? null
                : focusAreas.findByIdAndAgreementId(measure.getFocusAreaId(), agreementId)
                        .map(FocusArea::getTitle).orElse(null);
        List<String> goalTitles = goals.findByAgreementIdOrderById(agreementId).stream()
                .filter(goal -> measure.getGoalIds().contains(goal.getId())).map(Goal::getTitle).toList();
        MeasureUpdateView latest = updates.findFirstByMeasureIdOrderByUpdatedOnDescIdDesc(measureId)
                .map(MeasureUpdate::toView).orElse(null);
        // The order is fixed; a sort asked for in the URL is ignored rather than passed to the query.
        Page<MeasureUpdateView> page = updates.findByMeasureIdOrderByUpdatedOnDescIdDesc(measureId,
                Paging.of(pageable)).map(MeasureUpdate::toView);
        return new MeasureDetail(reader.view(user, agreement, names), measure.toView(names), focusAreaTitle,
                goalTitles, latest, page);
    }

    /**
     * Records a status update; the measure takes its status. The date may not lie in the future, before the
     * agreement's start, or before the newest update (the newest update is the measure's status).
     */
    public long record(SamverkanUser user, long agreementId, long measureId, MeasureUpdateCommand command) {
        Agreement agreement = access.followUp(user, agreementId);
        Measure measure = find(agreementId, measureId);
        LocalDate today = LocalDate.now(clock);
        if (command.updatedOn().isAfter(today)) {
            throw new FieldRejectedException("updateDate", "measureUpdate.date.future");
        }
        if (command.updatedOn().isBefore(agreement.getPeriodStart())) {
            throw new FieldRejectedException("updateDate", "measureUpdate.date.beforeAgreement");
        }
        updates.findFirstByMeasureIdOrderByUpdatedOnDescIdDesc(measureId).ifPresent(newest -> {
            if (command.updatedOn().isBefore(newest.getUpdatedOn())) {
                throw new FieldRejectedException("updateDate", "measureUpdate.date.beforeNewest");
            }
        });
        MeasureUpdate update = updates.save(new MeasureUpdate(measure, command, user.displayName(),
                clock.instant()));
        MeasureStatus before = measure.getStatus();
        measure.report(command.status());
        history.created(agreementId, AgreementPart.MEASURE_UPDATE,
                measure.getTitle() + " (" + command.updatedOn() + ")", user);
        history.changed(agreementId, AgreementPart.MEASURE, measure.getTitle(),
                Map.of("measureStatus", before.name()), Map.of("measureStatus", command.status().name()), user);
        return update.getId();
    }

    /**
     * Each measure's newest update on or before {@code upTo} by measure id (measures without one are missing), for
     * an annual report. The document shows that the user may read the agreement. One query.
     */
    @Transactional(readOnly = true)
    public Map<Long, MeasureUpdateView> lastUpdates(AgreementDocument document, LocalDate upTo) {
        return updates.newestOf(document.agreement().id(), upTo).stream()
                .collect(Collectors.toMap(MeasureUpdate::getMeasureId, MeasureUpdate::toView));
    }

    /**
     * Both measure lists of a dashboard, in one query, for the active agreements of the user's organisation: those
     * whose end date is before today and that are neither done nor cancelled, the longest overdue first; and the
     * planned, ongoing and postponed ones whose last update (or, without any, the later of the measure's and the
     * agreement's start) is more than {@code days} days ago, leaving out measures that have not started yet.
     */
    @Transactional(readOnly = true)
    public MeasuresNeedingAttention needingAttention(SamverkanUser user, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusDays(days);
        List<MeasureAttentionRow> rows = updates.needingAttention(user.organisationId(), cutoff, today);
        // The rows come by agreement title (the database's collation), then id; a stable sort by end date keeps that
        // order among measures that ended the same day.
        List<MeasurePastEnd> pastEnd = rows.stream().filter(row -> row.endDate() != null
                        && row.endDate().isBefore(today))
                .sorted(Comparator.comparing(MeasureAttentionRow::endDate))
                .map(MeasureAttentionRow::pastEnd).toList();
        List<MeasureWithoutUpdate> withoutUpdate = rows.stream().filter(row -> row.silentSince(cutoff))
                .map(MeasureAttentionRow::withoutUpdate).toList();
        return new MeasuresNeedingAttention(pastEnd, withoutUpdate);
    }

    private Measure find(long agreementId, long measureId) {
        return measures.findByIdAndAgreementId(measureId, agreementId)
                .orElseThrow(() -> new NotFoundException("Measure", measureId));
    }
}
