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

    @Test
    void aPublishedPledgeWithoutNewsForAMonthIsListedUntilItGetsAnUpdate() throws Exception {
        String title = "Lugnare busstation nr " + System.nanoTime();
        long pledgeId = testPledges.published(tranemoCoordinator, testPledges.activeAgreement(tranemoCoordinator),
                title);

        mvc.perform(get("/oversikt").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/loften/" + pledgeId + "/uppdateringar/ny")));

        updates.post(tranemoCoordinator, pledgeId,
                new UpdateCommand(LocalDate.now(clock), "Vi har haft två trygghetsvandringar.", Map.of()));

        mvc.perform(get("/oversikt").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void anotherMunicipalitysCoordinatorDoesNotSeeTheItems() throws Exception {
        String title = "Tryggare skolgård nr " + System.nanoTime();
        testPledges.published(tranemoCoordinator, testPledges.activeAgreement(tranemoCoordinator), title);
        MockHttpSession sollentuna = Accounts.logIn(mvc, accounts.create(Role.COORDINATOR, "sollentuna"),
                Accounts.PASSWORD);

        mvc.perform(get("/oversikt").session(sollentuna))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(not(containsString("Samverkansöverenskommelse Tranemo"))));
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
