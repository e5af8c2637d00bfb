package se.samverkan.agreement;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** Measures: what the parties do, who is responsible, and which goals each serves. */
@Service
@Transactional
public class MeasureService {

    private final AgreementAccess access;
    private final MeasureRepository measures;
    private final GoalRepository goals;
    private final FocusAreaRepository focusAreas;
    private final OrganisationNames organisationNames;
    private final AgreementHistory history;

    MeasureService(AgreementAccess access, MeasureRepository measures, GoalRepository goals,
                   FocusAreaRepository focusAreas, OrganisationNames organisationNames, AgreementHistory history) {
        this.access = access;
        this.measures = measures;
        this.goals = goals;
        this.focusAreas = focusAreas;
        this.organisationNames = organisationNames;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public MeasureView get(SamverkanUser user, long agreementId, long measureId) {
        Agreement agreement = access.readable(user, agreementId);
        return find(agreementId, measureId).toView(organisationNames.of(agreement.partyIds()));
    }

    public long create(SamverkanUser user, long agreementId, MeasureCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        check(agreement, command);
        Measure measure = measures.save(new Measure(agreementId, command));
        history.created(agreementId, AgreementPart.MEASURE, measure.getTitle(), user);
        return measure.getId();
    }

    public void update(SamverkanUser user, long agreementId, long measureId, MeasureCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        Measure measure = find(agreementId, measureId);
        AgreementService.checkVersion(measure.getVersion(), command.version(), measureId);
        check(agreement, command);
        Map<Long, String> names = organisationNames.of(agreement.partyIds());
        Map<Long, String> areaTitles = focusAreas.titlesOf(agreementId);
        Map<Long, String> goalTitles = goals.findByAgreementIdOrderById(agreementId).stream()
                .collect(Collectors.toMap(Goal::getId, Goal::getTitle));
        var before = measure.auditFields(names, areaTitles, goalTitles);
        // In force, the status is what the newest status update says (MeasureFollowUp.record), not this form.
        measure.change(agreement.getStatus() == AgreementStatus.ACTIVE ? command.withStatus(measure.getStatus())
                : command);
        history.changed(agreementId, AgreementPart.MEASURE, measure.getTitle(), before,
                measure.auditFields(names, areaTitles, goalTitles), user);
    }

    public void remove(SamverkanUser user, long agreementId, long measureId) {
        access.editable(user, agreementId);
        Measure measure = find(agreementId, measureId);
        measures.delete(measure);
        history.removed(agreementId, AgreementPart.MEASURE, measure.getTitle(), user);
    }

    private void check(Agreement agreement, MeasureCommand command) {
        if (command.focusAreaId() != null
                && focusAreas.findByIdAndAgreementId(command.focusAreaId(), agreement.getId()).isEmpty()) {
            throw new FieldRejectedException("focusAreaId", "focusArea.unknown");
        }
        if (!agreement.partyIds().containsAll(command.responsibleIds())) {
            throw new FieldRejectedException("responsibleIds", "measure.responsible.notParty");
        }
        Set<Long> agreementGoals = goals.findByAgreementIdOrderById(agreement.getId()).stream()
                .map(Goal::getId).collect(Collectors.toSet());
        if (!agreementGoals.containsAll(command.goalIds())) {
            throw new FieldRejectedException("goalIds", "measure.goals.unknown");
        }
    }

    private Measure find(long agreementId, long measureId) {
        return measures.findByIdAndAgreementId(measureId, agreementId)
                .orElseThrow(() -> new NotFoundException("Measure", measureId));
    }
}
