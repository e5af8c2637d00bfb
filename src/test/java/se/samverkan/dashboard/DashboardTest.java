package se.samverkan.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.ProgressUpdateService;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;
import se.samverkan.testsupport.TestPledges;

/** The landing page after login lists, for the user's own organisation, what needs attention, with links. */
@IntegrationTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementService agreementService;

    @Autowired
    AgreementReader agreements;

    @Autowired
    PledgeService pledges;

    @Autowired
    CommitmentService commitments;

    @Autowired
    PledgeSignatoryService signatories;

    @Autowired
    ProgressUpdateService updates;

    @Autowired
    Clock clock;

    @Autowired
    FocusAreaService focusAreas;

    @Autowired
    GoalService goals;

    @Autowired
    MeasureService measures;

    @Autowired
    SignatoryService agreementSignatories;

    @Autowired
    SteeringGroupService steeringGroup;

    Accounts accounts;
    SamverkanUser tranemoCoordinator;
    MockHttpSession tranemo;
    TestPledges testPledges;

    @BeforeEach
    void tranemoCoordinatorIsLoggedIn() throws Exception {
        accounts = new Accounts(accountService, organisations);
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        tranemoCoordinator = new TestAgreements(accounts, users, agreementService, organisations).user(email);
        tranemo = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        testPledges = new TestPledges(agreements, pledges, commitments, signatories);
    }

    /** A municipality of the test's own, so that its dashboard lists only what the test made. */
    private TestFollowUp ownMunicipality() {
        return new TestFollowUp(new TestAgreements(accounts, users, agreementService, organisations), organisations,
                agreementService, focusAreas, goals, measures, agreementSignatories, steeringGroup);
    }

    @Test
    void aPublishedPledgeWithoutNewsForAMonthIsListedUntilItGetsAnUpdate() throws Exception {
        TestFollowUp own = ownMunicipality();
        LocalDate today = LocalDate.now(clock);
        String title = "Lugnare busstation nr " + System.nanoTime();
        long pledgeId = testPledges.published(own.coordinator, own.active("Trygg busstation", today.minusMonths(6)),
                title, today.minusMonths(3), today.minusMonths(2));
        MockHttpSession session = Accounts.logIn(mvc, own.coordinator.getUsername(), Accounts.PASSWORD);

        mvc.perform(get("/oversikt").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/loften/" + pledgeId + "/uppdateringar/ny")));

        updates.post(own.coordinator, pledgeId,
                new UpdateCommand(today, "Vi har haft två trygghetsvandringar.", Map.of()));

        mvc.perform(get("/oversikt").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void anotherMunicipalitysCoordinatorDoesNotSeeTheItems() throws Exception {
        TestFollowUp own = ownMunicipality();
        LocalDate today = LocalDate.now(clock);
        String title = "Tryggare skolgård nr " + System.nanoTime();
        testPledges.published(own.coordinator, own.active("Trygg skolgård", today.minusMonths(6)), title,
                today.minusMonths(3), today.minusMonths(2));
        MockHttpSession sollentuna = Accounts.logIn(mvc, accounts.create(Role.COORDINATOR, "sollentuna"),
                Accounts.PASSWORD);

        mvc.perform(get("/oversikt").session(sollentuna))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(not(containsString("Trygg skolgård"))));
    }

    @Test
    void theAnnualReportOnLastYearIsDueForAnAgreementInForceThenWithALinkToIt() throws Exception {
        int lastYear = Year.now(clock).getValue() - 1;

        mvc.perform(get("/oversikt").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Årsrapporten för " + lastYear)))
                .andExpect(content().string(containsString("/arsrapporter/" + lastYear + "\"")));
    }
}
