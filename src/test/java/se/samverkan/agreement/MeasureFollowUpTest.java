package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;

/** Status updates on measures: the rules, the history, the measure page and the dashboard queries. */
@IntegrationTest
class MeasureFollowUpTest {

    @Autowired MockMvc mvc;
    @Autowired AccountService accountService;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired AgreementReader reader;
    @Autowired FocusAreaService focusAreas;
    @Autowired GoalService goals;
    @Autowired MeasureService measures;
    @Autowired SignatoryService signatories;
    @Autowired SteeringGroupService steeringGroup;
    @Autowired MeasureFollowUp followUp;

    Accounts accounts;
    TestFollowUp fixture;
    SamverkanUser coordinator;
    LocalDate today = LocalDate.now();
    long agreementId;
    long measureId;
    String measureUrl;

    @BeforeEach
    void anActiveAgreementWithAMeasure() {
        accounts = new Accounts(accountService, organisations);
        TestAgreements testAgreements = new TestAgreements(accounts, users, agreements, organisations);
        fixture = new TestFollowUp(testAgreements, organisations, agreements, focusAreas, goals, measures,
                signatories, steeringGroup);
        coordinator = fixture.coordinator;
        agreementId = fixture.active("Trygg i Testkommun", today.minusMonths(6));
        measureId = fixture.measure(agreementId, null, "Trygghetsvandring i centrum", MeasureStatus.PLANNED,
                today.plusMonths(3));
        measureUrl = "/overenskommelser/" + agreementId + "/atgarder/" + measureId;
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    private MeasureUpdateCommand update(LocalDate on, MeasureStatus status, String comment) {
        return new MeasureUpdateCommand(on, status, null, comment);
    }

    @Test
    void anUpdateSetsTheMeasuresStatusAndIsWrittenToTheHistory() {
        followUp.record(coordinator, agreementId, measureId,
                new MeasureUpdateCommand(today.minusDays(3), MeasureStatus.ONGOING, new BigDecimal("37.5"),
                        "Första vandringen gick med tolv boende."));

        MeasureDetail detail = followUp.detail(coordinator, agreementId, measureId, Pageable.ofSize(10));
        assertThat(detail.measure().status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(detail.latest().percentText()).isEqualTo("37,5");
        assertThat(detail.latest().author()).isEqualTo(coordinator.displayName());
        List<HistoryEntry> history = reader.history(coordinator, agreementId, Pageable.ofSize(5)).getContent();
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.part()).isEqualTo(AgreementPart.MEASURE_UPDATE);
            assertThat(entry.partLabel()).contains("Trygghetsvandring i centrum", today.minusDays(3).toString());
        });
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("measureStatus");
            assertThat(entry.oldValue()).isEqualTo("PLANNED");
            assertThat(entry.newValue()).isEqualTo("ONGOING");
        });
        assertThat(reader.document(coordinator, agreementId).measureLastUpdates())
                .containsEntry(measureId, today.minusDays(3));
    }

    @Test
    void anUpdateMayNotBeDatedInTheFutureBeforeTheAgreementOrBeforeTheNewestUpdate() {
        assertThatThrownBy(() -> followUp.record(coordinator, agreementId, measureId,
                update(today.plusDays(1), MeasureStatus.ONGOING, "I morgon")))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("measureUpdate.date.future"));
        assertThatThrownBy(() -> followUp.record(coordinator, agreementId, measureId,
                update(today.minusYears(1), MeasureStatus.ONGOING, "Före starten")))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("measureUpdate.date.beforeAgreement"));
        followUp.record(coordinator, agreementId, measureId, update(today.minusDays(2), MeasureStatus.ONGOING, "A"));
        assertThatThrownBy(() -> followUp.record(coordinator, agreementId, measureId,
                update(today.minusDays(5), MeasureStatus.DONE, "Bakåt")))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("measureUpdate.date.beforeNewest"));
        followUp.record(coordinator, agreementId, measureId, update(today.minusDays(2), MeasureStatus.DONE, "Samma dag"));
        assertThat(measures.get(coordinator, agreementId, measureId).status()).isEqualTo(MeasureStatus.DONE);
    }

    @Test
    void onlyAnActiveAgreementsCoordinatorsRecordUpdates() {
        long draftId = fixture.draft("Utkast", today.minusMonths(1));
        long draftMeasure = fixture.measure(draftId, null, "Utkastets åtgärd", MeasureStatus.PLANNED, null);
        assertThatThrownBy(() -> followUp.record(coordinator, draftId, draftMeasure,
                update(today, MeasureStatus.ONGOING, "För tidigt")))
                .isInstanceOfSatisfying(AgreementStateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.state.followUpNeedsActive"));
        assertThatThrownBy(() -> followUp.record(fixture.user(Role.READER), agreementId, measureId,
                update(today, MeasureStatus.ONGOING, "Läsare")))
                .isInstanceOf(AccessDeniedException.class);
        SamverkanUser stranger = new TestAgreements(accounts, users, agreements, organisations)
                .user(Role.COORDINATOR, "trelleborg");
        assertThatThrownBy(() -> followUp.record(stranger, agreementId, measureId,
                update(today, MeasureStatus.ONGOING, "Främling")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followUp.detail(stranger, agreementId, measureId, Pageable.ofSize(10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMeasurePageShowsTheLatestStatusAndTheUpdatesNewestFirstPaginated() throws Exception {
        for (int day = 12; day >= 1; day--) {
            followUp.record(coordinator, agreementId, measureId,
                    update(today.minusDays(day), MeasureStatus.ONGOING, "Uppdatering " + (13 - day)));
        }
        MockHttpSession session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        Document page = Jsoup.parse(mvc.perform(get(measureUrl).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Trygghetsvandring i centrum");
        assertThat(page.select(".update").first().text()).contains("Uppdatering 12");
        assertThat(page.select(".update")).hasSize(10);
        assertThat(page.select(".pagination__summary").text()).isEqualTo("Visar 1–10 av 12");
        assertThat(page.select("form[action$=/uppdateringar]")).hasSize(1);
        Document second = Jsoup.parse(mvc.perform(get(measureUrl + "?page=2").session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select(".update").last().text()).contains("Uppdatering 1");

        Document agreementPage = Jsoup.parse(mvc.perform(get("/overenskommelser/" + agreementId).session(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(agreementPage.select("#atgard-" + measureId + " a[href$=/atgarder/" + measureId + "]"))
                .isNotEmpty();
        assertThat(agreementPage.select("#atgard-" + measureId).text()).contains(today.minusDays(1).toString());
    }

    @Test
    void theFormRecordsAnUpdateAndExplainsBadInputInSwedish() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        String html = mvc.perform(post(measureUrl + "/uppdateringar").session(session).with(csrf())
                        .header("Referer", "http://localhost" + measureUrl)
                        .param("updateDate", "2026-13-45").param("updateStatus", "NOPE")
                        .param("percentDone", "150").param("updateComment", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "updateDate", "updateStatus", "percentDone",
                        "updateComment"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Fel: ");
        assertThat(page.select("#error-summary").text()).contains("ÅÅÅÅ-MM-DD", "Välj en status",
                "mellan 0 och 100", "Skriv vad som har hänt");
        assertThat(page.select("#error-summary li")).as("one message per field").hasSize(4);
        assertThat(page.select("a[hreflang=en]").attr("href")).as("the language link leads back to the form's page, "
                + "not to the address that takes only POST").isEqualTo(measureUrl + "?lang=en");

        mvc.perform(post(measureUrl + "/uppdateringar").session(session).with(csrf())
                        .param("updateDate", today.plusDays(2).toString()).param("updateStatus", "ONGOING")
                        .param("updateComment", "Framtid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "updateDate", "measureUpdate.date.future"));

        mvc.perform(post(measureUrl + "/uppdateringar").session(session).with(csrf())
                        .param("updateDate", today.toString()).param("updateStatus", "ONGOING")
                        .param("percentDone", "40 %").param("updateComment", "Vandringen är bokad."))
                .andExpect(redirectedUrl(measureUrl + "#uppdateringar"));
        assertThat(followUp.detail(coordinator, agreementId, measureId, Pageable.ofSize(10)).latest().percentText())
                .isEqualTo("40");
    }

    @Test
    void strangersGet404AndReadersGet403OnTheMeasurePageAndItsForm() throws Exception {
        MockHttpSession trelleborg = session(Role.COORDINATOR, "trelleborg");
        mvc.perform(get(measureUrl).session(trelleborg)).andExpect(status().isNotFound());
        mvc.perform(post(measureUrl + "/uppdateringar").session(trelleborg).with(csrf())
                .param("updateDate", today.toString()).param("updateStatus", "DONE").param("updateComment", "x"))
                .andExpect(status().isNotFound());
        MockHttpSession reader = session(Role.READER, fixture.municipalitySlug);
        Document page = Jsoup.parse(mvc.perform(get(measureUrl).session(reader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("form[action$=/uppdateringar]")).isEmpty();
        mvc.perform(post(measureUrl + "/uppdateringar").session(reader).with(csrf())
                .param("updateDate", today.toString()).param("updateStatus", "DONE").param("updateComment", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/overenskommelser/" + agreementId + "/atgarder/987654321").session(reader))
                .andExpect(status().isNotFound());
        assertThat(measures.get(coordinator, agreementId, measureId).status()).isEqualTo(MeasureStatus.PLANNED);
    }

    @Test
    void theDashboardFindsMeasuresPastTheirEndAndMeasuresWithoutRecentUpdates() {
        long pastEnd = fixture.measure(agreementId, null, "Slutdatum passerat", MeasureStatus.ONGOING,
                today.minusDays(1));
        fixture.measure(agreementId, null, "Klar trots passerat slut", MeasureStatus.DONE, today.minusDays(10));
        long fresh = fixture.measure(agreementId, null, "Nyss uppdaterad", MeasureStatus.ONGOING, null);
        followUp.record(coordinator, agreementId, fresh, update(today.minusDays(5), MeasureStatus.ONGOING, "Ok"));
        long old = fixture.measure(agreementId, null, "Länge sedan", MeasureStatus.POSTPONED, null);
        followUp.record(coordinator, agreementId, old, update(today.minusDays(90), MeasureStatus.POSTPONED, "Väntar"));
        long cancelled = fixture.measure(agreementId, null, "Inställd", MeasureStatus.CANCELLED, null);

        assertThat(followUp.needingAttention(coordinator, 0).pastEnd()).extracting(MeasurePastEnd::measureId)
                .containsExactly(pastEnd);
        assertThat(followUp.needingAttention(coordinator, 0).pastEnd().get(0).agreementTitle())
                .isEqualTo("Trygg i Testkommun");

        List<MeasureWithoutUpdate> stale = followUp.needingAttention(coordinator, 60).withoutUpdate();
        // The agreement started six months ago: measures never updated count from then.
        assertThat(stale).extracting(MeasureWithoutUpdate::measureId)
                .contains(measureId, old, pastEnd).doesNotContain(fresh, cancelled);
        assertThat(stale).filteredOn(m -> m.measureId() == old).singleElement()
                .satisfies(m -> assertThat(m.since()).isEqualTo(today.minusDays(90)));
        assertThat(stale).filteredOn(m -> m.measureId() == measureId).singleElement()
                .satisfies(m -> assertThat(m.lastUpdate()).isNull());
        assertThat(followUp.needingAttention(coordinator, 365).withoutUpdate()).isEmpty();

        SamverkanUser trelleborg = new TestAgreements(accounts, users, agreements, organisations)
                .user(Role.COORDINATOR, "trelleborg");
        assertThat(followUp.needingAttention(trelleborg, 0).withoutUpdate())
                .extracting(MeasureWithoutUpdate::agreementId)
                .doesNotContain(agreementId);
    }

    @Test
    void aMeasureNeverUpdatedCountsFromItsOwnStartAndOneNotStartedYetIsLeftOut() {
        long startedLater = measures.create(coordinator, agreementId, new MeasureCommand(null, "Startade senare",
                null, MeasureType.SAFETY_WALK, Set.of(fixture.organisationId()), Set.of(), null, null,
                today.minusDays(100), null, MeasureStatus.ONGOING, 0));
        long notStarted = measures.create(coordinator, agreementId, new MeasureCommand(null, "Startar snart",
                null, MeasureType.SAFETY_WALK, Set.of(fixture.organisationId()), Set.of(), null, null,
                today.plusDays(10), null, MeasureStatus.PLANNED, 0));

        assertThat(followUp.needingAttention(coordinator, 60).withoutUpdate())
                .filteredOn(m -> m.measureId() == startedLater)
                .singleElement().satisfies(m -> assertThat(m.since()).isEqualTo(today.minusDays(100)));
        // The agreement started six months ago, the measure only a hundred days ago: not silent for 120 days.
        assertThat(followUp.needingAttention(coordinator, 120).withoutUpdate())
                .extracting(MeasureWithoutUpdate::measureId)
                .contains(measureId).doesNotContain(startedLater);
        assertThat(followUp.needingAttention(coordinator, 0).withoutUpdate())
                .extracting(MeasureWithoutUpdate::measureId)
                .doesNotContain(notStarted);
    }

    @Test
    void inForceTheEditFormShowsTheStatusReadOnlyAndKeepsIt() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        followUp.record(coordinator, agreementId, measureId, update(today, MeasureStatus.ONGOING, "Startad"));
        Document form = Jsoup.parse(mvc.perform(get(measureUrl + "/redigera").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("select[name=status]")).isEmpty();
        assertThat(form.select("#status").text()).contains("Pågår");
        assertThat(form.select("#status a").attr("href")).isEqualTo(measureUrl + "#registrera");

        mvc.perform(post(measureUrl + "/redigera").session(session).with(csrf())
                        .param("title", "Trygghetsvandring i centrum och parken").param("type", "SAFETY_WALK")
                        .param("responsibleIds", String.valueOf(fixture.organisationId()))
                        .param("status", "DONE").param("version", "1"))
                .andExpect(redirectedUrl("/overenskommelser/" + agreementId + "#atgard-" + measureId));
        MeasureView after = measures.get(coordinator, agreementId, measureId);
        assertThat(after.title()).isEqualTo("Trygghetsvandring i centrum och parken");
        assertThat(after.status()).isEqualTo(MeasureStatus.ONGOING);
    }

    @Test
    void inADraftTheEditFormStillSetsTheStatus() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        long draft = fixture.draft("Utkast med åtgärd", today.plusMonths(1));
        long measure = fixture.measure(draft, null, "Planerad vandring", MeasureStatus.PLANNED, null);
        String url = "/overenskommelser/" + draft + "/atgarder/" + measure + "/redigera";
        assertThat(Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse()
                .getContentAsString()).select("select[name=status]")).isNotEmpty();
        mvc.perform(post(url).session(session).with(csrf()).param("title", "Planerad vandring")
                        .param("type", "SAFETY_WALK").param("responsibleIds", String.valueOf(fixture.organisationId()))
                        .param("status", "").param("version", "0"))
                .andExpect(model().attributeHasFieldErrorCode("form", "status", "NotNull"));
        mvc.perform(post(url).session(session).with(csrf()).param("title", "Planerad vandring")
                        .param("type", "SAFETY_WALK").param("responsibleIds", String.valueOf(fixture.organisationId()))
                        .param("status", "POSTPONED").param("version", "0"))
                .andExpect(redirectedUrl("/overenskommelser/" + draft + "#atgard-" + measure));
        assertThat(measures.get(coordinator, draft, measure).status()).isEqualTo(MeasureStatus.POSTPONED);
    }
}
