package se.samverkan.report;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
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
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.TestAgreements;

/**
 * A fresh Sollentuna agreement 2027–2030 (with Sollentunahem) for one test: two focus areas, goals, and measures
 * in and outside 2027, written by a coordinator made for the test, plus a steering-group member of each party.
 */
final class ReportFixtures {

    static final int YEAR = 2027;

    final SamverkanUser coordinator;
    final SamverkanUser municipalityMember;
    final SamverkanUser policeMember;
    final SamverkanUser housingMember;
    final long agreementId;
    final long youthArea;
    final long violenceArea;
    final long ongoingMeasure;

    /** Made through the application's own services, looked up in its context. */
    static ReportFixtures create(ApplicationContext context, String title) {
        OrganisationService organisations = context.getBean(OrganisationService.class);
        TestAgreements agreements = new TestAgreements(new Accounts(context.getBean(AccountService.class),
                organisations), context.getBean(UserDetailsService.class), context.getBean(AgreementService.class),
                organisations);
        return new ReportFixtures(agreements, context.getBean(FocusAreaService.class),
                context.getBean(GoalService.class), context.getBean(MeasureService.class), title);
    }

    final TestAgreements agreements;

    private ReportFixtures(TestAgreements agreements, FocusAreaService focusAreas, GoalService goals,
                           MeasureService measures, String title) {
        this.agreements = agreements;
        coordinator = agreements.user(Role.COORDINATOR, "sollentuna");
        municipalityMember = agreements.user(Role.STEERING_GROUP, "sollentuna");
        policeMember = agreements.user(Role.STEERING_GROUP, "lpo-sollentuna");
        housingMember = agreements.user(Role.STEERING_GROUP, "sollentunahem");
        agreementId = agreements.sollentunaDraft(coordinator, title);
        long municipality = agreements.organisationId("sollentuna");
        long police = agreements.organisationId("lpo-sollentuna");
        youthArea = focusAreas.create(coordinator, agreementId, new FocusAreaCommand("Unga och droger",
                "Färre unga ska börja använda narkotika.", 0));
        violenceArea = focusAreas.create(coordinator, agreementId, new FocusAreaCommand("Våld i nära relation",
                null, 0));
        long goal = goals.create(coordinator, agreementId, new GoalCommand(youthArea, GoalType.IMPACT,
                "Färre unga provar narkotika", null, new java.math.BigDecimal("10"), "%", null, 0));
        goals.create(coordinator, agreementId, new GoalCommand(youthArea, GoalType.OUTPUT,
                "Tolv trygghetsvandringar om året", null, null, null, null, 0));
        ongoingMeasure = measures.create(coordinator, agreementId, measure(youthArea, "Narkotikasök med hund på "
                + "skolorna", Set.of(police), Set.of(goal), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                MeasureStatus.ONGOING));
        measures.create(coordinator, agreementId, measure(youthArea, "Föräldravandringar", Set.of(municipality),
                Set.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 28), MeasureStatus.DONE));
        measures.create(coordinator, agreementId, measure(youthArea, "Ny fritidsgård", Set.of(municipality),
                Set.of(), LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31), MeasureStatus.PLANNED));
        measures.create(coordinator, agreementId, measure(violenceArea, "Utbildning om våld för personal",
                Set.of(municipality, police), Set.of(), null, null, MeasureStatus.POSTPONED));
        measures.create(coordinator, agreementId, measure(null, "Gemensam lägesbild varje vecka",
                Set.of(municipality, police), Set.of(), LocalDate.of(2026, 1, 1), null, MeasureStatus.ONGOING));
    }

    static MeasureCommand measure(Long area, String title, Set<Long> responsible, Set<Long> goals, LocalDate start,
                                  LocalDate end, MeasureStatus status) {
        return new MeasureCommand(area, title, null, MeasureType.OTHER, responsible, goals, null, null, start, end,
                status, 0);
    }

    String path() {
        return ReportLinks.path(agreementId, YEAR);
    }
}
