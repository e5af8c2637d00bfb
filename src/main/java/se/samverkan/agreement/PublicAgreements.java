package se.samverkan.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement summaries that the public site shows, without a signed-in user. */
@Service
@Transactional(readOnly = true)
public class PublicAgreements {

    private final AgreementRepository agreements;
    private final FocusAreaRepository focusAreas;
    private final GoalRepository goals;
    private final OrganisationNames organisationNames;

    PublicAgreements(AgreementRepository agreements, FocusAreaRepository focusAreas, GoalRepository goals,
                     OrganisationNames organisationNames) {
        this.agreements = agreements;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.organisationNames = organisationNames;
    }

    /** The municipality's active agreement whose summary its parties made public (the newest, if several). */
    public Optional<PublicAgreementSummary> current(long municipalityId) {
        return agreements.findFirstByMunicipalityIdAndStatusAndPublicSummaryTrueOrderByPeriodStartDesc(
                municipalityId, AgreementStatus.ACTIVE).map(this::summary);
    }

    /**
     * The ids of all the municipality's agreements, whatever their status, for a module that publishes what it
     * itself has made public about them (approved annual reports). Ids only: nothing of a draft is shown.
     */
    public List<Long> idsOf(long municipalityId) {
        return agreements.idsOfMunicipality(municipalityId);
    }

    private PublicAgreementSummary summary(Agreement agreement) {
        var names = organisationNames.of(agreement.partyIds());
        List<GoalView> allGoals = goals.findByAgreementIdOrderById(agreement.getId()).stream()
                .map(Goal::toView).toList();
        List<PublicAgreementSummary.FocusAreaGoals> areas = focusAreas
                .findByAgreementIdOrderByPositionAscIdAsc(agreement.getId()).stream()
                .map(FocusArea::toView)
                .map(area -> new PublicAgreementSummary.FocusAreaGoals(area.title(), area.description(),
                        goalsOf(allGoals, area.id(), GoalType.IMPACT), goalsOf(allGoals, area.id(), GoalType.OUTPUT)))
                .toList();
        return new PublicAgreementSummary(agreement.getTitle(), agreement.getPeriodStart(), agreement.getPeriodEnd(),
                agreement.partyIds().stream().map(names::get).filter(Objects::nonNull).toList(),
                agreement.getPurpose(), areas,
                allGoals.stream().filter(goal -> goal.focusAreaId() == null).toList());
    }

    private static List<GoalView> goalsOf(List<GoalView> goals, long focusAreaId, GoalType type) {
        return goals.stream()
                .filter(goal -> Objects.equals(goal.focusAreaId(), focusAreaId) && goal.type() == type)
                .toList();
    }
}
