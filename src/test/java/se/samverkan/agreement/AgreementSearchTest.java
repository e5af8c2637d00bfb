package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * The staff search on the real PostgreSQL: Swedish stemming, who finds what, and that user text reaches the page
 * only as escaped text. Test agreements belong to Sollentuna; "Kvarnbacken" is a place no demo text mentions.
 */
@IntegrationTest
class AgreementSearchTest {

    private static final String QUERY = "trygghetsvandringar Kvarnbacken";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    FocusAreaService focusAreas;

    @Autowired
    GoalService goals;

    @Autowired
    MeasureService measures;

    @Autowired
    AgreementSearch search;

    private Accounts accounts;
    private String coordinator;
    private SamverkanUser coordinatorUser;

    @BeforeEach
    void coordinatorOfSollentuna() {
        accounts = new Accounts(accountService, organisations);
        coordinator = accounts.create(Role.COORDINATOR, "sollentuna");
        coordinatorUser = (SamverkanUser) users.loadUserByUsername(coordinator);
    }

    @Test
    void anInflectedWordFindsTheMeasureWithItsBaseForm() throws Exception {
        long agreementId = agreement("Söktest stamning");
        long measureId = measure(agreementId, "Trygghetsvandring vid Kvarnbacken", null);

        searchAs(coordinator, QUERY)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"/overenskommelser/" + agreementId + "#atgard-" + measureId + "\"")))
                .andExpect(content().string(containsString("Trygghetsvandring vid Kvarnbacken")))
                .andExpect(content().string(containsString("Åtgärd")));
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityDoesNotFindIt() throws Exception {
        long agreementId = agreement("Söktest annan kommun");
        measure(agreementId, "Trygghetsvandring vid Kvarnbacken", null);

        searchAs(accounts.create(Role.COORDINATOR, "tranemo"), QUERY)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/overenskommelser/" + agreementId + "#"))))
                .andExpect(content().string(containsString("Inga träffar för ”" + QUERY + "”.")));
    }

    @Test
    void anAdministratorFindsIt() throws Exception {
        long agreementId = agreement("Söktest administratör");
        long measureId = measure(agreementId, "Trygghetsvandring vid Kvarnbacken", null);

        searchAs(accounts.create(Role.ADMIN, "tranemo"), QUERY)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/overenskommelser/" + agreementId + "#atgard-" + measureId)));
    }

    @Test
    void aFocusAreaAndAGoalAreFoundByAWordInTheirDescription() {
        long agreementId = agreement("Söktest beskrivningar");
        long focusAreaId = focusAreas.create(coordinatorUser, agreementId,
                new FocusAreaCommand("Parker och lekplatser", "Belysningen i Grönviksparken ska bli bättre.", 0));
        long goalId = goals.create(coordinatorUser, agreementId, new GoalCommand(focusAreaId, GoalType.IMPACT,
                "Färre inbrott i förråd", "Särskilt i husen kring Grönviksparken.", null, null, null, 0));

        var hits = search.search(coordinatorUser, "grönviksparkens", PageRequest.of(0, 50)).getContent();

        assertThat(hits).extracting(SearchHit::kind, SearchHit::id, SearchHit::agreementId).contains(
                tuple(SearchHit.Kind.FOCUS_AREA, focusAreaId, agreementId),
                tuple(SearchHit.Kind.GOAL, goalId, agreementId));
        SearchHit goal = hits.stream().filter(hit -> hit.id() == goalId).findFirst().orElseThrow();
        assertThat(goal.link()).isEqualTo("/overenskommelser/" + agreementId + "#mal-" + goalId);
        assertThat(goal.agreementTitle()).isEqualTo("Söktest beskrivningar");
        assertThat(goal.snippet()).contains(new SearchHit.SnippetPart("Grönviksparken", true));
    }

    @Test
    void aBlankQueryShowsTheFormWithoutResults() throws Exception {
        for (String blank : new String[] {"", "   "}) {
            searchAs(coordinator, blank)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<label class=\"field__label\" for=\"q\">")))
                    .andExpect(content().string(not(containsString("search-results"))))
                    .andExpect(content().string(not(containsString("Inga träffar"))));
        }
        assertThat(search.search(coordinatorUser, "  ", PageRequest.of(0, 20))).isEmpty();
    }

    @Test
    void aTooLongQueryIsExplainedOnThePage() throws Exception {
        String tooLong = "trygghetsvandring ".repeat(12);

        searchAs(coordinator, tooLong)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fel: Sök – Samverkan</title>")))
                .andExpect(content().string(containsString("Sökningen får vara högst 200 tecken.")))
                .andExpect(content().string(not(containsString("search-results"))));
        assertThatThrownBy(() -> search.search(coordinatorUser, tooLong, PageRequest.of(0, 20)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchSyntaxCharactersDoNotBreakTheSearch() throws Exception {
        searchAs(coordinator, "\"trygghets & | ! ( ) : * ' \\").andExpect(status().isOk());
        searchAs(coordinator, "-trygghetsvandring or \"narkotikasök med hund\"").andExpect(status().isOk());
    }

    @Test
    void userTextIsEscaped() throws Exception {
        long agreementId = agreement("Söktest <em>kursiv</em>");
        measure(agreementId, "Trygghetsvandring <script>alert(1)</script> Kvarnbacken",
                "Kvarnbacken: 5 < 7 & <img src=x onerror=alert(2)> trygghetsvandring");

        searchAs(coordinator, QUERY)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Trygghetsvandring &lt;script&gt;alert(1)&lt;/script&gt; Kvarnbacken")))
                .andExpect(content().string(containsString("Söktest &lt;em&gt;kursiv&lt;/em&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("<em>kursiv"))));
    }

    @Test
    void pageLinksKeepTheEncodedQuery() throws Exception {
        long agreementId = agreement("Söktest sidor");
        measure(agreementId, "Trygghetsvandring på Lövgärdet", null);
        measure(agreementId, "Ännu en trygghetsvandring på Lövgärdet", null);

        mvc.perform(get("/sok").param("q", "trygghetsvandringar Lövgärdet").param("size", "1")
                        .session(logIn(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 träffar")))
                .andExpect(content().string(containsString(
                        "href=\"/sok?q=trygghetsvandringar+L%C3%B6vg%C3%A4rdet&amp;page=2&amp;size=1\"")));
    }

    private ResultActions searchAs(String email, String query) throws Exception {
        return mvc.perform(get("/sok").param("q", query).session(logIn(email)));
    }

    private MockHttpSession logIn(String email) throws Exception {
        return Accounts.logIn(mvc, email, Accounts.PASSWORD);
    }

    private long agreement(String title) {
        return agreements.create(coordinatorUser, new AgreementCommand(title, organisationId("sollentuna"),
                organisationId("lpo-sollentuna"), Set.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31),
                null, null, null, 0));
    }

    private long measure(long agreementId, String title, String description) {
        return measures.create(coordinatorUser, agreementId, new MeasureCommand(null, title, description,
                MeasureType.SAFETY_WALK, Set.of(), Set.of(), null, null, null, null, MeasureStatus.PLANNED, 0));
    }

    private long organisationId(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }
}
