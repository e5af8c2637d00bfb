package se.samverkan.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestPledges;

/** The staff's pledge pages over HTTP (MockMvc) on real PostgreSQL: access, validation, the pledge's life. */
@IntegrationTest
class PledgePagesTest {

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
    PledgeReader reader;

    @Autowired
    CommitmentService commitments;

    @Autowired
    PledgeSignatoryService signatories;

    Accounts accounts;
    TestPledges testPledges;
    SamverkanUser tranemoCoordinator;
    MockHttpSession tranemo;
    long agreementId;
    String title;

    @BeforeEach
    void tranemoCoordinatorIsLoggedIn() throws Exception {
        accounts = new Accounts(accountService, organisations);
        TestAgreements testAgreements = new TestAgreements(accounts, users, agreementService, organisations);
        testPledges = new TestPledges(agreements, pledges, commitments, signatories);
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        tranemoCoordinator = testAgreements.user(email);
        tranemo = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        agreementId = testPledges.activeAgreement(tranemoCoordinator);
        title = "Tryggare torget nr " + System.nanoTime();
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    @Test
    void coordinatorWritesADraftThroughTheForm() throws Exception {
        mvc.perform(get("/loften/ny").session(tranemo))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Samverkansöverenskommelse Tranemo")));
        String location = mvc.perform(post("/loften/ny").session(tranemo).with(csrf())
                        .param("overenskommelse", String.valueOf(agreementId))
                        .param("title", title).param("target", "Torget")
                        .param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31")
                        .param("situation", "Det är stökigt på kvällarna.").param("version", "0"))
                .andExpect(redirectedUrlPattern("/loften/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Det är stökigt på kvällarna.")))
                .andExpect(content().string(containsString("Lägg till minst ett åtagande")));
        mvc.perform(get("/loften").session(tranemo)).andExpect(content().string(containsString(title)));
        mvc.perform(get("/loften").param("overenskommelse", String.valueOf(agreementId)).session(tranemo))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/loften").param("status", "PUBLISHED").session(tranemo))
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void invalidInputKeepsTheFormWithSwedishMessages() throws Exception {
        mvc.perform(post("/loften/ny").session(tranemo).with(csrf())
                        .param("overenskommelse", String.valueOf(agreementId))
                        .param("title", " ").param("target", "Torget")
                        .param("periodStart", "2026-12-31").param("periodEnd", "2026-01-01")
                        .param("situation", "Sparas inte").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "periodEnd"))
                .andExpect(content().string(containsString("Det finns fel i formuläret")))
                .andExpect(content().string(containsString("Ange ett slutdatum som är samma dag som startdatumet eller senare")))
                .andExpect(content().string(containsString("Sparas inte")));
        mvc.perform(post("/loften/ny").session(tranemo).with(csrf())
                        .param("overenskommelse", String.valueOf(agreementId)).param("title", title)
                        .param("target", "Torget").param("periodStart", "inte-ett-datum")
                        .param("periodEnd", "2026-01-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv datumet som ÅÅÅÅ-MM-DD")));
        mvc.perform(get("/loften/ny").session(tranemo).param("overenskommelse", "abc"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void coordinatorOfAnotherMunicipalityGets404ForEveryPageAndAction() throws Exception {
        long draft = testPledges.complete(tranemoCoordinator, agreementId, title);
        long commitment = reader.document(tranemoCoordinator, draft).commitments().get(0).id();
        MockHttpSession trelleborg = session(Role.COORDINATOR, "trelleborg");
        String base = "/loften/" + draft;
        for (String page : List.of(base, base + "/redigera", base + "/forhandsvisning", base + "/publicera",
                base + "/resultat", base + "/ta-bort", base + "/ataganden/ny",
                base + "/ataganden/" + commitment + "/redigera", base + "/underskrifter/ny",
                base + "/uppdateringar/ny")) {
            mvc.perform(get(page).session(trelleborg)).andExpect(status().isNotFound());
        }
        for (String action : List.of(base + "/redigera", base + "/publicera", base + "/resultat", base + "/forlang",
                base + "/ta-bort", base + "/ataganden/ny", base + "/ataganden/" + commitment + "/ta-bort",
                base + "/underskrifter/ny", base + "/uppdateringar/ny")) {
            mvc.perform(post(action).session(trelleborg).with(csrf()).param("title", "Kapad"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/loften").session(trelleborg)).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/loften").param("overenskommelse", String.valueOf(agreementId)).session(trelleborg))
                .andExpect(status().isNotFound());
        mvc.perform(post("/loften/ny").session(trelleborg).with(csrf())
                        .param("overenskommelse", String.valueOf(agreementId)).param("title", "Kapat")
                        .param("target", "x").param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31"))
                .andExpect(status().isNotFound());
        assertThat(reader.document(tranemoCoordinator, draft).title()).isEqualTo(title);
    }

    @Test
    void usersOfThePartiesWhoAreNotCoordinatorsReadButCannotChange() throws Exception {
        long draft = testPledges.draft(tranemoCoordinator, agreementId, title);
        MockHttpSession steeringGroup = session(Role.STEERING_GROUP, "tranemo");
        MockHttpSession police = session(Role.COORDINATOR, "lpo-tranemo");
        mvc.perform(get("/loften/" + draft).session(steeringGroup)).andExpect(status().isOk());
        mvc.perform(get("/loften/" + draft + "/redigera").session(steeringGroup)).andExpect(status().isForbidden());
        mvc.perform(post("/loften/" + draft + "/ta-bort").session(steeringGroup).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/loften/ny").session(steeringGroup)).andExpect(status().isForbidden());
        mvc.perform(get("/loften/" + draft + "/redigera").session(police)).andExpect(status().isOk());
        mvc.perform(post("/loften/" + draft + "/ta-bort").session(tranemo)).andExpect(status().isForbidden());
    }

    @Test
    void aPledgeIsPublishedUpdatedCompletedAndExtended() throws Exception {
        long id = testPledges.draft(tranemoCoordinator, agreementId, title);
        mvc.perform(post("/loften/" + id + "/publicera").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-01-15"))
                .andExpect(status().isConflict());
        for (String page : List.of("/uppdateringar/ny", "/resultat")) {
            mvc.perform(get("/loften/" + id + page).session(tranemo)).andExpect(status().isConflict());
        }

        long complete = testPledges.complete(tranemoCoordinator, agreementId, title + " klar");
        mvc.perform(post("/loften/" + complete + "/publicera").session(tranemo).with(csrf())
                        .param("publishedOn", "2999-01-01"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "publishedOn"));
        mvc.perform(post("/loften/" + complete + "/publicera").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-01-09"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("publicerat före underskrifterna")));
        mvc.perform(post("/loften/" + complete + "/publicera").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-01-15"))
                .andExpect(redirectedUrl("/loften/" + complete));
        PledgeDocument published = reader.document(tranemoCoordinator, complete);
        assertThat(published.status()).isEqualTo(PledgeStatus.PUBLISHED);
        long commitment = published.commitments().get(0).id();
        for (String page : List.of("/publicera", "/ataganden/ny", "/ataganden/" + commitment + "/ta-bort",
                "/underskrifter/ny", "/ta-bort")) {
            mvc.perform(get("/loften/" + complete + page).session(tranemo)).andExpect(status().isConflict());
        }

        mvc.perform(post("/loften/" + complete + "/ataganden/ny").session(tranemo).with(csrf())
                        .param("commitment", "Nytt efter publicering")
                        .param("responsibleId", String.valueOf(published.municipality().id())))
                .andExpect(status().isConflict());
        mvc.perform(post("/loften/" + complete + "/uppdateringar/ny").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-03-01").param("body", "Första vandringen är gjord.")
                        .param("statuses[" + commitment + "]", "ONGOING"))
                .andExpect(redirectedUrlPattern("/loften/" + complete + "#uppdatering-*"));
        mvc.perform(post("/loften/" + complete + "/uppdateringar/ny").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-03-01").param("body", "Okänd status")
                        .param("statuses[" + commitment + "]", "KLART"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Välj en status i listan")));
        PledgeDocument updated = reader.document(tranemoCoordinator, complete);
        assertThat(updated.commitments().get(0).status()).isEqualTo(CommitmentStatus.ONGOING);
        assertThat(updated.updates()).singleElement().satisfies(update -> {
            assertThat(update.body()).isEqualTo("Första vandringen är gjord.");
            assertThat(update.statuses()).extracting(UpdateView.StatusChange::status)
                    .containsExactly(CommitmentStatus.ONGOING);
        });

        mvc.perform(post("/loften/" + complete + "/resultat").session(tranemo).with(csrf())
                        .param("done", "Tolv vandringar.").param("achieved", "Färre anmälningar.")
                        .param("continues", "true").param("writtenOn", "2026-11-20")
                        .param("version", String.valueOf(updated.version())))
                .andExpect(redirectedUrl("/loften/" + complete + "#resultat"));
        assertThat(reader.document(tranemoCoordinator, complete).status()).isEqualTo(PledgeStatus.COMPLETED);
        mvc.perform(post("/loften/" + complete + "/uppdateringar/ny").session(tranemo).with(csrf())
                        .param("publishedOn", "2026-11-21").param("body", "För sent"))
                .andExpect(status().isConflict());

        String next = mvc.perform(post("/loften/" + complete + "/forlang").session(tranemo).with(csrf()))
                .andExpect(redirectedUrlPattern("/loften/*")).andReturn().getResponse().getRedirectedUrl();
        long nextId = Long.parseLong(next.substring("/loften/".length()));
        PledgeDocument extension = reader.document(tranemoCoordinator, nextId);
        assertThat(extension.status()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(extension.predecessor().id()).isEqualTo(complete);
        assertThat(extension.agreementTitle()).as("2027 lies in the agreement's next version")
                .isEqualTo("Samverkansöverenskommelse Tranemo 2027–2030");
        assertThat(extension.periodStart()).hasToString("2027-01-01");
        assertThat(extension.commitments()).extracting(CommitmentView::status)
                .containsExactly(CommitmentStatus.PLANNED);
        mvc.perform(post("/loften/" + complete + "/forlang").session(tranemo).with(csrf()))
                .andExpect(redirectedUrl("/loften/" + nextId));
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInput() throws Exception {
        long id = testPledges.draft(tranemoCoordinator, agreementId, title);
        mvc.perform(post("/loften/" + id + "/redigera").session(tranemo).with(csrf())
                        .param("title", title).param("target", "Torget").param("periodStart", "2026-01-01")
                        .param("periodEnd", "2026-12-31").param("situation", "Första ändringen").param("version", "0"))
                .andExpect(redirectedUrl("/loften/" + id));
        String page = mvc.perform(post("/loften/" + id + "/redigera").session(tranemo).with(csrf())
                        .param("title", title).param("target", "Torget").param("periodStart", "2026-01-01")
                        .param("periodEnd", "2026-12-31").param("situation", "Min ändring").param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.getElementById("situation").text()).isEqualTo("Min ändring");
        assertThat(form.select(".field__current").text()).contains("Första ändringen");
        assertThat(reader.document(tranemoCoordinator, id).situation()).isEqualTo("Första ändringen");
    }
}
