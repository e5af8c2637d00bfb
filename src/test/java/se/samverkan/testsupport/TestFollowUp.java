package se.samverkan.testsupport;

import java.time.LocalDate;
import java.util.Set;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaCommand;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalCommand;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureCommand;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.agreement.SignatoryCommand;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupMemberCommand;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.agreement.MeetingRhythm;
import se.samverkan.organisation.OrganisationCommand;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;

/**
 * Follow-up tests need active agreements whose period includes today. They are made for a municipality and a police
 * area of their own, so that the dashboard queries, which cover everything of a user's organisation, see only what
 * the test made, and other tests that pick "the municipality's active agreement" never meet these.
 */
public final class TestFollowUp {

    private final TestAgreements agreements;
    private final OrganisationService organisations;
    private final AgreementService agreementService;
    private final FocusAreaService focusAreas;
    private final GoalService goals;
    private final MeasureService measures;
    private final SignatoryService signatories;
    private final SteeringGroupService steeringGroup;

    public final String municipalitySlug;
    public final String policeAreaSlug;
    public final SamverkanUser coordinator;

    public TestFollowUp(TestAgreements agreements, OrganisationService organisations,
                        AgreementService agreementService, FocusAreaService focusAreas, GoalService goals,
                        MeasureService measures, SignatoryService signatories, SteeringGroupService steeringGroup) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.agreementService = agreementService;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.measures = measures;
        this.signatories = signatories;
        this.steeringGroup = steeringGroup;
        long unique = System.nanoTime() % 10_000_000;
        municipalitySlug = "testkommun-" + unique;
        policeAreaSlug = "test-lpo-" + unique;
        organisations.create(new OrganisationCommand(OrganisationKind.MUNICIPALITY, "Testkommun " + unique,
                municipalitySlug, 0));
        organisations.create(new OrganisationCommand(OrganisationKind.POLICE_AREA, "Lokalpolisområde Test " + unique,
                policeAreaSlug, 0));
        coordinator = agreements.user(Role.COORDINATOR, municipalitySlug);
    }

    public SamverkanUser user(Role role) {
        return agreements.user(role, municipalitySlug);
    }

    /** A draft running from {@code start} for three years. */
    public long draft(String title, LocalDate start) {
        return agreementService.create(coordinator, new AgreementCommand(title,
                agreements.organisationId(municipalitySlug), agreements.organisationId(policeAreaSlug), Set.of(),
                start, start.plusYears(3), null, null, null, 0));
    }

    /** A signed (active) agreement that started {@code start}, with a monthly steering group rhythm. */
    public long active(String title, LocalDate start) {
        long id = draft(title, start);
        agreementService.updateSteeringGroup(coordinator, id, MeetingRhythm.MONTHLY, null, 0);
        signatories.create(coordinator, id, new SignatoryCommand("Eva Test", "Ordförande",
                agreements.organisationId(municipalitySlug), start, 0));
        signatories.create(coordinator, id, new SignatoryCommand("Per Test", "Lokalpolisområdeschef",
                agreements.organisationId(policeAreaSlug), start, 0));
        agreementService.sign(coordinator, id);
        return id;
    }

    public long focusArea(long agreementId, String title) {
        return focusAreas.create(coordinator, agreementId, new FocusAreaCommand(title, null, 0));
    }

    public long goal(long agreementId, Long focusAreaId, String title) {
        return goals.create(coordinator, agreementId, new GoalCommand(focusAreaId, GoalType.IMPACT, title, null, null,
                null, null, 0));
    }

    public long measure(long agreementId, Long focusAreaId, String title, MeasureStatus status, LocalDate end) {
        return measures.create(coordinator, agreementId, new MeasureCommand(focusAreaId, title, null,
                MeasureType.SAFETY_WALK, Set.of(agreements.organisationId(municipalitySlug)), Set.of(), null, null,
                null, end, status, 0));
    }

    public long member(long agreementId, String name) {
        return steeringGroup.create(coordinator, agreementId, new SteeringGroupMemberCommand(name, "Ledamot",
                agreements.organisationId(municipalitySlug), 0));
    }

    public long organisationId() {
        return agreements.organisationId(municipalitySlug);
    }
}
