package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;

/**
 * Many people save the same measure at the same moment, over real HTTP, all from the same version: exactly one
 * save wins, every other person gets the 409 conflict page with their own input kept, and the stored measure is
 * the winner's input whole, with one history entry for it. Saves one after another each from the newest version
 * all succeed.
 */
@ServerTest
class ConcurrentMeasureEditTest {

    private static final int THREADS = 16;
    private static final String CONFLICT_TEXT = "Någon annan har ändrat uppgifterna medan du redigerade.";

    @LocalServerPort int port;
    @Autowired AccountService accountService;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired FocusAreaService focusAreas;
    @Autowired GoalService goals;
    @Autowired MeasureService measures;
    @Autowired SignatoryService signatories;
    @Autowired SteeringGroupService steeringGroup;
    @Autowired JdbcClient jdbc;

    TestFollowUp fixture;
    SamverkanUser coordinator;
    long agreementId;
    long measureId;
    String editPath;

    @BeforeEach
    void aDraftWithOneMeasure() {
        TestAgreements testAgreements = new TestAgreements(new Accounts(accountService, organisations), users,
                agreements, organisations);
        fixture = new TestFollowUp(testAgreements, organisations, agreements, focusAreas, goals, measures,
                signatories, steeringGroup);
        coordinator = fixture.coordinator;
        agreementId = fixture.draft("Samtidiga ändringar", LocalDate.now().plusMonths(1));
        measureId = fixture.measure(agreementId, null, "Trygghetsvandring i hamnen", MeasureStatus.PLANNED,
                LocalDate.now().plusMonths(6));
        editPath = "/overenskommelser/" + agreementId + "/atgarder/" + measureId + "/redigera";
    }

    @AfterEach
    void removeTheDraft() {
        agreements.removeDraft(coordinator, agreementId);
    }

    /** One person's edit: the form as read (token and version), and what they type. */
    private record Edit(HttpSession session, String token, long version, Map<String, String> input) {

        HttpResponse<String> submit(String path) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(input);
            form.put("_csrf", token);
            form.put("version", String.valueOf(version));
            return session.post(path, form);
        }
    }

    private HttpSession loggedIn() throws Exception {
        HttpSession session = new HttpSession(port);
        assertThat(session.logIn(coordinator.getUsername(), Accounts.PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    private Edit readForm(HttpSession session, int person) throws Exception {
        HttpResponse<String> page = session.get(editPath);
        assertThat(page.statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(page.body());
        long version = Long.parseLong(form.selectFirst("input[name=version]").val());
        Map<String, String> input = new LinkedHashMap<>();
        input.put("title", "Åtgärd enligt person " + person);
        input.put("type", MeasureType.SAFETY_WALK.name());
        input.put("description", "Beskrivning från person " + person + " <b>med</b> & tecken");
        input.put("responsibleIds", String.valueOf(fixture.organisationId()));
        input.put("contactPerson", "Kontakt " + person);
        input.put("place", "Plats " + person);
        input.put("startDate", LocalDate.now().plusMonths(1).plusDays(person).toString());
        input.put("endDate", LocalDate.now().plusMonths(7).toString());
        input.put("status", (person % 2 == 0 ? MeasureStatus.ONGOING : MeasureStatus.PLANNED).name());
        return new Edit(session, HttpSession.csrfToken(page.body()), version, input);
    }

    private void assertStored(Map<String, String> input) {
        MeasureView stored = measures.get(coordinator, agreementId, measureId);
        assertThat(stored.title()).isEqualTo(input.get("title"));
        assertThat(stored.description()).isEqualTo(input.get("description"));
        assertThat(stored.contactPerson()).isEqualTo(input.get("contactPerson"));
        assertThat(stored.place()).isEqualTo(input.get("place"));
        assertThat(stored.startDate()).hasToString(input.get("startDate"));
        assertThat(stored.status().name()).isEqualTo(input.get("status"));
    }

    /** The new titles the history records, oldest first: one line per save, as every save here changes the title. */
    private List<String> savedTitles() {
        return jdbc.sql("""
                select new_value from agreement_change
                where agreement_id = :agreementId and part = 'MEASURE' and action = 'CHANGED' and field = 'title'
                order by changed_at, id""").param("agreementId", agreementId).query(String.class).list();
    }

    /** Every new value the history records for the measure's fields. */
    private List<String> historyValues() {
        return jdbc.sql("""
                select coalesce(new_value, '') from agreement_change
                where agreement_id = :agreementId and part = 'MEASURE' and action = 'CHANGED'""")
                .param("agreementId", agreementId).query(String.class).list();
    }

    @Test
    void ofSixteenSimultaneousSavesFromOneVersionExactlyOneWinsAndTheOthersSeeTheConflictPage() throws Exception {
        List<Edit> edits = new ArrayList<>();
        for (int person = 0; person < THREADS; person++) {
            edits.add(readForm(loggedIn(), person));
        }
        assertThat(edits).extracting(Edit::version).containsOnly(edits.get(0).version());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (Edit edit : edits) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return edit.submit(editPath);
                }));
            }
            start.countDown();
            List<Edit> winners = new ArrayList<>();
            for (int person = 0; person < THREADS; person++) {
                HttpResponse<String> answer = answers.get(person).get(60, TimeUnit.SECONDS);
                Edit edit = edits.get(person);
                if (answer.statusCode() == 302) {
                    winners.add(edit);
                    continue;
                }
                assertThat(answer.statusCode()).as("person %d: %s", person, answer.body()).isEqualTo(409);
                Document page = Jsoup.parse(answer.body());
                assertThat(page.select("#error-summary").text()).contains(CONFLICT_TEXT);
                assertThat(page.selectFirst("input[name=title]").val()).isEqualTo(edit.input().get("title"));
                assertThat(page.selectFirst("textarea[name=description]").val())
                        .isEqualTo(edit.input().get("description"));
                assertThat(page.selectFirst("input[name=place]").val()).isEqualTo(edit.input().get("place"));
                assertThat(Long.parseLong(page.selectFirst("input[name=version]").val()))
                        .as("the newer version, so that saving again overwrites deliberately")
                        .isGreaterThan(edit.version());
            }
            assertThat(winners).hasSize(1);
            assertStored(winners.get(0).input());
            assertThat(savedTitles()).containsExactly(winners.get(0).input().get("title"));
            Map<String, String> winner = winners.get(0).input();
            assertThat(historyValues()).as("no loser's input in the history")
                    .allSatisfy(value -> assertThat(edits.stream().filter(edit -> edit != winners.get(0))
                            .flatMap(edit -> edit.input().values().stream())
                            .filter(input -> !winner.containsValue(input))).doesNotContain(value));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savesOneAfterAnotherEachFromTheNewestVersionAllSucceedWithOneHistoryEntryEach() throws Exception {
        HttpSession session = loggedIn();
        List<String> titles = new ArrayList<>();
        for (int person = 0; person < 5; person++) {
            Edit edit = readForm(session, person);
            HttpResponse<String> answer = edit.submit(editPath);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertStored(edit.input());
            titles.add(edit.input().get("title"));
        }
        assertThat(savedTitles()).containsExactlyElementsOf(titles);
    }
}
