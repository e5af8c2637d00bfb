package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;

/** The agreement pages over HTTP (MockMvc) on real PostgreSQL: access, validation, conflicts, history. */
@IntegrationTest
class AgreementPagesTest {

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
    AgreementReader reader;

    @Autowired
    FocusAreaService focusAreas;

    @Autowired
    SignatoryService signatories;

    @Autowired
    GoalService goals;

    @Autowired
    MeasureService measures;

    TestAgreements testAgreements;
    Accounts accounts;
    SamverkanUser sollentunaCoordinator;
    MockHttpSession sollentuna;
    long agreementId;
    String title;

    @BeforeEach
    void sollentunaCoordinatorHasADraft() throws Exception {
        accounts = new Accounts(accountService, organisations);
        testAgreements = new TestAgreements(accounts, users, agreements, organisations);
        String email = accounts.create(Role.COORDINATOR, "sollentuna");
        sollentunaCoordinator = testAgreements.user(email);
        sollentuna = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        title = "Trygg i Sollentuna nr " + System.nanoTime();
        agreementId = testAgreements.sollentunaDraft(sollentunaCoordinator, title);
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    @Test
    void coordinatorOfAnotherMunicipalityGets404ForEveryPageAndAction() throws Exception {
        long focusAreaId = focusAreas.create(sollentunaCoordinator, agreementId,
                new FocusAreaCommand("Brott i nära relation", null, 0));
        MockHttpSession trelleborg = session(Role.COORDINATOR, "trelleborg");
        String base = "/overenskommelser/" + agreementId;
        for (String page : List.of(base, base + "/historik", base + "/redigera", base + "/underteckna",
                base + "/avsluta", base + "/ny-version", base + "/styrgrupp", base + "/fokusomraden/ny",
                base + "/fokusomraden/" + focusAreaId + "/redigera", base + "/mal/ny", base + "/atgarder/ny",
                base + "/undertecknare/ny", base + "/styrgrupp/ledamoter/ny")) {
            mvc.perform(get(page).session(trelleborg)).andExpect(status().isNotFound());
        }
        for (String action : List.of(base + "/redigera", base + "/underteckna", base + "/fokusomraden/ny",
                base + "/fokusomraden/" + focusAreaId + "/ta-bort", base + "/ny-version")) {
            mvc.perform(post(action).session(trelleborg).with(csrf()).param("title", "Kapad"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/publicering").session(trelleborg).with(csrf()).param("publik", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/overenskommelser").session(trelleborg))
                .andExpect(content().string(not(containsString(title))));
        assertThat(focusAreas.list(sollentunaCoordinator, agreementId)).extracting(FocusAreaView::title)
                .containsExactly("Brott i nära relation");
    }

    @Test
    void partnerUsersSeeTheAgreementButOnlyCoordinatorsChangeIt() throws Exception {
        MockHttpSession housingCompany = session(Role.COORDINATOR, "sollentunahem");
        mvc.perform(get("/overenskommelser/" + agreementId).session(housingCompany)).andExpect(status().isOk());
        // Other tests add Sollentuna drafts to the shared database, so look beyond the first page.
        mvc.perform(get("/overenskommelser").param("status", "DRAFT").param("size", "100").session(housingCompany))
                .andExpect(content().string(containsString(title)));

        MockHttpSession steeringGroup = session(Role.STEERING_GROUP, "sollentuna");
        mvc.perform(get("/overenskommelser/" + agreementId).session(steeringGroup))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/redigera"))));
        mvc.perform(get("/overenskommelser/" + agreementId + "/redigera").session(steeringGroup))
                .andExpect(status().isForbidden());
        mvc.perform(post("/overenskommelser/" + agreementId + "/fokusomraden/ny").session(steeringGroup)
                .with(csrf()).param("title", "Nytt")).andExpect(status().isForbidden());
        mvc.perform(post("/overenskommelser/ny").session(steeringGroup).with(csrf()).param("title", "Nytt"))
                .andExpect(status().isForbidden());
        assertThat(focusAreas.list(sollentunaCoordinator, agreementId)).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/overenskommelser/" + agreementId + "/fokusomraden/ny").session(sollentuna)
                .param("title", "Utan token")).andExpect(status().isForbidden());
        assertThat(focusAreas.list(sollentunaCoordinator, agreementId)).isEmpty();
    }

    @Test
    void creatingWithBadInputShowsSwedishMessagesBesideTheFieldsAndKeepsTheInput() throws Exception {
        String html = mvc.perform(post("/overenskommelser/ny").session(sollentuna).with(csrf())
                        .param("title", "Min överenskommelse").param("municipalityId", "abc")
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("periodStart", "2027-13-45").param("periodEnd", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(view().name("agreement/form"))
                .andExpect(model().attributeHasFieldErrors("form", "municipalityId", "periodStart"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Fel: ");
        assertThat(page.select("#error-summary").text()).contains("Välj en kommun i listan",
                "Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(page.select("#title").val()).isEqualTo("Min överenskommelse");

        mvc.perform(post("/overenskommelser/ny").session(sollentuna).with(csrf())
                        .param("title", "Fel ordning")
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("sollentuna")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2026-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "periodEnd", "date.endBeforeStart"));
    }

    @Test
    void aCoordinatorCannotCreateAnAgreementTheirOrganisationIsNotPartOf() throws Exception {
        mvc.perform(post("/overenskommelser/ny").session(sollentuna).with(csrf())
                        .param("title", "Någon annans")
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("tranemo")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-tranemo")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2028-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "municipalityId",
                        "agreement.parties.mustIncludeOwn"));
        mvc.perform(post("/overenskommelser/ny").session(sollentuna).with(csrf())
                        .param("title", "Polisen som kommun")
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2028-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "municipalityId",
                        "agreement.municipality.wrongKind"));
    }

    @Test
    void unknownOrMalformedIdsAndFiltersGive404Or400NeverAServerError() throws Exception {
        mvc.perform(get("/overenskommelser/987654321").session(sollentuna)).andExpect(status().isNotFound());
        mvc.perform(get("/overenskommelser/abc").session(sollentuna)).andExpect(status().isBadRequest());
        mvc.perform(get("/overenskommelser?status=NOPE").session(sollentuna)).andExpect(status().isBadRequest());
        mvc.perform(get("/overenskommelser?ar=tjugo").session(sollentuna)).andExpect(status().isBadRequest());
        mvc.perform(get("/overenskommelser/" + agreementId + "/atgarder/987654321/redigera").session(sollentuna))
                .andExpect(status().isNotFound());
        mvc.perform(post("/overenskommelser/" + agreementId + "/mal/ny").session(sollentuna).with(csrf())
                        .param("type", "SOMETHING").param("title", "Mål").param("focusAreaId", "987654321"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "type", "typeMismatch"));
        mvc.perform(post("/overenskommelser/" + agreementId + "/mal/ny").session(sollentuna).with(csrf())
                        .param("type", "IMPACT").param("title", "Mål").param("focusAreaId", "987654321"))
                .andExpect(model().attributeHasFieldErrorCode("form", "focusAreaId", "focusArea.unknown"));
    }

    @Test
    void theSecondOfTwoConflictingEditsGetsA409WithItsInputAndTheSavedValues() throws Exception {
        long focusAreaId = focusAreas.create(sollentunaCoordinator, agreementId,
                new FocusAreaCommand("Trygghet", null, 0));
        String url = "/overenskommelser/" + agreementId + "/fokusomraden/" + focusAreaId + "/redigera";
        mvc.perform(post(url).session(sollentuna).with(csrf()).param("title", "Först sparad").param("version", "0"))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        String html = mvc.perform(post(url).session(sollentuna).with(csrf())
                        .param("title", "Min ändring").param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#title").val()).isEqualTo("Min ändring");
        assertThat(page.select(".field__current").text()).contains("Först sparad");
        assertThat(page.select("#error-summary").text()).contains("Någon annan har ändrat");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(focusAreas.get(sollentunaCoordinator, agreementId, focusAreaId).title()).isEqualTo("Först sparad");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
        mvc.perform(post("/overenskommelser/" + agreementId + "/redigera").session(sollentuna).with(csrf())
                        .param("title", "Trygg i hela Sollentuna")
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("sollentuna")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("partnerIds", String.valueOf(testAgreements.organisationId("sollentunahem")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2030-12-31")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        List<HistoryEntry> history = reader.history(sollentunaCoordinator, agreementId, Pageable.ofSize(20))
                .getContent();
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("title");
            assertThat(entry.oldValue()).isEqualTo(title);
            assertThat(entry.newValue()).isEqualTo("Trygg i hela Sollentuna");
            assertThat(entry.changedBy()).isEqualTo(sollentunaCoordinator.displayName());
        });
        assertThat(history).anySatisfy(entry -> assertThat(entry.field()).isEqualTo("registrationNumber"));
        assertThat(history).last().satisfies(entry -> assertThat(entry.action()).isEqualTo("CREATED"));

        String html = mvc.perform(get("/overenskommelser/" + agreementId + "/historik").session(sollentuna))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select(".history-list").text())
                .contains("Ändrade rubrik för överenskommelsen", title, "Trygg i hela Sollentuna");
    }

    @Test
    void signingNeedsEveryPartyAndANewVersionReplacesTheOldOneWhenSigned() throws Exception {
        signatories.create(sollentunaCoordinator, agreementId, new SignatoryCommand("Eva Lund", "Ordförande",
                testAgreements.organisationId("sollentuna"), LocalDate.of(2026, 11, 1), 0));
        mvc.perform(post("/overenskommelser/" + agreementId + "/underteckna").session(sollentuna).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Alla parter har inte en undertecknare")));
        signAllParties(agreementId);
        focusAreas.create(sollentunaCoordinator, agreementId, new FocusAreaCommand("Trygghet", "Problem", 0));
        mvc.perform(post("/overenskommelser/" + agreementId + "/underteckna").session(sollentuna).with(csrf()))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        assertThat(reader.get(sollentunaCoordinator, agreementId).status()).isEqualTo(AgreementStatus.ACTIVE);

        String location = mvc.perform(post("/overenskommelser/" + agreementId + "/ny-version").session(sollentuna)
                .with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long draftId = Long.parseLong(location.replaceAll("\\D", ""));
        assertThat(focusAreas.list(sollentunaCoordinator, draftId)).extracting(FocusAreaView::title)
                .containsExactly("Trygghet");
        assertThat(reader.get(sollentunaCoordinator, agreementId).successorId()).isEqualTo(draftId);

        signAllParties(draftId);
        agreements.sign(sollentunaCoordinator, draftId);
        assertThat(reader.get(sollentunaCoordinator, agreementId).status()).isEqualTo(AgreementStatus.REPLACED);
        mvc.perform(post("/overenskommelser/" + agreementId + "/fokusomraden/ny").session(sollentuna).with(csrf())
                .param("title", "För sent")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("kan inte längre ändras")));
        assertThat(focusAreas.list(sollentunaCoordinator, agreementId)).hasSize(1);
    }

    @Test
    void aMeasureDatedOutsideThePeriodIsSavedWithAWarning() throws Exception {
        mvc.perform(post("/overenskommelser/" + agreementId + "/atgarder/ny").session(sollentuna).with(csrf())
                        .param("title", "Trygghetsvandring i centrum").param("type", "SAFETY_WALK")
                        .param("status", "PLANNED")
                        .param("responsibleIds", String.valueOf(testAgreements.organisationId("sollentunahem")))
                        .param("startDate", "2026-06-01").param("endDate", "2027-03-01"))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"))
                .andExpect(flash().attribute("saved", "measure.saved"))
                .andExpect(flash().attribute("warning", "measure.datesOutsidePeriod"));
        mvc.perform(post("/overenskommelser/" + agreementId + "/atgarder/ny").session(sollentuna).with(csrf())
                        .param("title", "Utanför parterna").param("type", "OTHER").param("status", "PLANNED")
                        .param("responsibleIds", String.valueOf(testAgreements.organisationId("trelleborg"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "responsibleIds", "measure.responsible.notParty"));
        assertThat(reader.document(sollentunaCoordinator, agreementId).overarchingMeasures())
                .extracting(MeasureView::title).containsExactly("Trygghetsvandring i centrum");
    }

    @Test
    void removingAFocusAreaRemovesItsGoalsAndMeasuresAndTheHistoryNamesThemAll() throws Exception {
        long area = focusAreas.create(sollentunaCoordinator, agreementId, new FocusAreaCommand("Hamnen", null, 0));
        goals.create(sollentunaCoordinator, agreementId,
                new GoalCommand(area, GoalType.OUTPUT, "Fler kontroller i hamnen", null, null, null, null, 0));
        measures.create(sollentunaCoordinator, agreementId, new MeasureCommand(area, "Kontroll med hund", null,
                MeasureType.DRUG_DOG_SEARCH, Set.of(testAgreements.organisationId("lpo-sollentuna")), Set.of(), null,
                null, null, null, MeasureStatus.PLANNED, 0));
        mvc.perform(get("/overenskommelser/" + agreementId + "/fokusomraden/" + area + "/ta-bort").session(sollentuna))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hamnen")));
        mvc.perform(post("/overenskommelser/" + agreementId + "/fokusomraden/" + area + "/ta-bort")
                .session(sollentuna).with(csrf())).andExpect(redirectedUrlPattern("/overenskommelser/*"));
        AgreementDocument document = reader.document(sollentunaCoordinator, agreementId);
        assertThat(document.focusAreas()).isEmpty();
        assertThat(document.measureTotal()).isZero();
        assertThat(reader.history(sollentunaCoordinator, agreementId, Pageable.ofSize(10)).getContent())
                .filteredOn(entry -> entry.action().equals("REMOVED")).extracting(HistoryEntry::partLabel)
                .containsExactlyInAnyOrder("Hamnen", "Fler kontroller i hamnen", "Kontroll med hund");
    }

    @Test
    void removingAGoalIsNotedOnTheMeasuresThatServedIt() throws Exception {
        long kept = goals.create(sollentunaCoordinator, agreementId,
                new GoalCommand(null, GoalType.IMPACT, "Färre brott", null, null, null, null, 0));
        long removed = goals.create(sollentunaCoordinator, agreementId,
                new GoalCommand(null, GoalType.OUTPUT, "Fler vandringar", null, null, null, null, 0));
        long measure = measures.create(sollentunaCoordinator, agreementId, new MeasureCommand(null, "Kvällsvandring",
                null, MeasureType.SAFETY_WALK, Set.of(testAgreements.organisationId("sollentuna")),
                Set.of(kept, removed), null, null, null, null, MeasureStatus.PLANNED, 0));
        mvc.perform(post("/overenskommelser/" + agreementId + "/mal/" + removed + "/ta-bort").session(sollentuna)
                .with(csrf())).andExpect(redirectedUrlPattern("/overenskommelser/*"));
        assertThat(measures.get(sollentunaCoordinator, agreementId, measure).goalIds()).containsExactly(kept);
        assertThat(reader.history(sollentunaCoordinator, agreementId, Pageable.ofSize(10)).getContent())
                .anySatisfy(entry -> {
                    assertThat(entry.partLabel()).isEqualTo("Kvällsvandring");
                    assertThat(entry.field()).isEqualTo("goals");
                    assertThat(entry.oldValue()).isEqualTo("Fler vandringar, Färre brott");
                    assertThat(entry.newValue()).isEqualTo("Färre brott");
                });
    }

    @Test
    void focusAreasKeepTheOrderTheCoordinatorGivesThem() throws Exception {
        focusAreas.create(sollentunaCoordinator, agreementId, new FocusAreaCommand("Första", null, 0));
        long second = focusAreas.create(sollentunaCoordinator, agreementId, new FocusAreaCommand("Andra", null, 0));
        mvc.perform(post("/overenskommelser/" + agreementId + "/fokusomraden/" + second + "/flytta")
                .session(sollentuna).with(csrf()).param("steg", "-1"))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        assertThat(focusAreas.list(sollentunaCoordinator, agreementId)).extracting(FocusAreaView::title)
                .containsExactly("Andra", "Första");
    }

    @Test
    void aPartOfAnotherAgreementIsNotFoundThroughThisAgreementsAddress() throws Exception {
        long other = testAgreements.sollentunaDraft(sollentunaCoordinator, "Annan " + System.nanoTime());
        long area = focusAreas.create(sollentunaCoordinator, other, new FocusAreaCommand("Område", null, 0));
        long goal = goals.create(sollentunaCoordinator, other,
                new GoalCommand(null, GoalType.IMPACT, "Mål", null, null, null, null, 0));
        long measure = measures.create(sollentunaCoordinator, other, new MeasureCommand(null, "Åtgärd", null,
                MeasureType.OTHER, Set.of(testAgreements.organisationId("sollentuna")), Set.of(), null, null, null,
                null, MeasureStatus.PLANNED, 0));
        long signatory = signatories.create(sollentunaCoordinator, other, new SignatoryCommand("Namn", "Titel",
                testAgreements.organisationId("sollentuna"), LocalDate.of(2026, 1, 1), 0));
        String base = "/overenskommelser/" + agreementId;
        for (String page : List.of(base + "/fokusomraden/" + area + "/redigera", base + "/mal/" + goal + "/redigera",
                base + "/atgarder/" + measure + "/redigera", base + "/undertecknare/" + signatory + "/redigera",
                base + "/mal/" + goal + "/ta-bort")) {
            mvc.perform(get(page).session(sollentuna)).andExpect(status().isNotFound());
        }
        mvc.perform(post(base + "/mal/" + goal + "/ta-bort").session(sollentuna).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(goals.list(sollentunaCoordinator, other)).hasSize(1);
    }

    @Test
    void handMadeRequestsGetAnAnswerForPeopleNeverAServerError() throws Exception {
        String base = "/overenskommelser/" + agreementId;
        mvc.perform(get(base + "/historik?sort=nonsense,desc").session(sollentuna)).andExpect(status().isOk());
        mvc.perform(get("/overenskommelser?ar=1000000000").session(sollentuna)).andExpect(status().isBadRequest());
        mvc.perform(post(base + "/atgarder/ny").session(sollentuna).with(csrf())
                        .param("title", "Tomma val").param("type", "OTHER").param("status", "PLANNED")
                        .param("responsibleIds", "").param("responsibleIds", "")
                        .param("goalIds", "").param("startDate", "+99999999-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "responsibleIds", "startDate"));
        mvc.perform(post(base + "/redigera").session(sollentuna).with(csrf())
                        .param("title", "Med\u0000nolltecken".translateEscapes())
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("sollentuna")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("partnerIds", "").param("partnerIds", String.valueOf(testAgreements.organisationId("sollentunahem")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2030-12-31").param("version", "0"))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        assertThat(reader.get(sollentunaCoordinator, agreementId).title()).isEqualTo("Mednolltecken");
    }

    @Test
    void partiesAndSignatoriesAreFixedOnceSignedAndAnEndDateMustBeSensible() throws Exception {
        signAllParties(agreementId);
        agreements.sign(sollentunaCoordinator, agreementId);
        String base = "/overenskommelser/" + agreementId;
        mvc.perform(post(base + "/redigera").session(sollentuna).with(csrf())
                        .param("title", title)
                        .param("municipalityId", String.valueOf(testAgreements.organisationId("sollentuna")))
                        .param("policeAreaId", String.valueOf(testAgreements.organisationId("lpo-sollentuna")))
                        .param("periodStart", "2027-01-01").param("periodEnd", "2030-12-31").param("version", "1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "municipalityId",
                        "agreement.parties.lockedAfterSigning"));
        mvc.perform(post(base + "/undertecknare/ny").session(sollentuna).with(csrf()).param("name", "Sen")
                        .param("jobTitle", "Chef").param("signedOn", "2026-11-01")
                        .param("organisationId", String.valueOf(testAgreements.organisationId("sollentuna"))))
                .andExpect(status().isConflict());
        assertThat(reader.get(sollentunaCoordinator, agreementId).partners()).extracting(OrganisationRef::name)
                .containsExactly("Sollentunahem");
        Document form = Jsoup.parse(mvc.perform(get(base + "/redigera").session(sollentuna))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("select#municipalityId")).isEmpty();
        assertThat(form.select("input[type=hidden][name=partnerIds]")).hasSize(1);
        mvc.perform(post(base + "/redigera").session(sollentuna).with(csrf())
                        .param("title", "Nytt namn efter underskrift")
                        .param("municipalityId", form.select("input[name=municipalityId]").val())
                        .param("policeAreaId", form.select("input[name=policeAreaId]").val())
                        .param("partnerIds", form.select("input[name=partnerIds]").val())
                        .param("periodStart", "2027-01-01").param("periodEnd", "2030-12-31")
                        .param("version", form.select("input[name=version]").val()))
                .andExpect(redirectedUrlPattern("/overenskommelser/*"));
        assertThat(reader.get(sollentunaCoordinator, agreementId).title()).isEqualTo("Nytt namn efter underskrift");

        long version = reader.get(sollentunaCoordinator, agreementId).version();
        mvc.perform(post(base + "/avsluta").session(sollentuna).with(csrf()).param("endedOn", "2020-01-01")
                        .param("endedReason", "För tidigt").param("version", String.valueOf(version)))
                .andExpect(model().attributeHasFieldErrorCode("form", "endedOn", "agreement.endedOn.beforeStart"));
        mvc.perform(post(base + "/avsluta").session(sollentuna).with(csrf()).param("endedOn", "2199-01-01")
                        .param("endedReason", "I förväg").param("version", String.valueOf(version)))
                .andExpect(model().attributeHasFieldErrorCode("form", "endedOn", "agreement.endedOn.future"));
        assertThat(reader.get(sollentunaCoordinator, agreementId).status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void aDraftCanBeRemovedButASignedAgreementCannot() throws Exception {
        long draft = testAgreements.sollentunaDraft(sollentunaCoordinator, "Övning " + System.nanoTime());
        focusAreas.create(sollentunaCoordinator, draft, new FocusAreaCommand("Prov", null, 0));
        mvc.perform(get("/overenskommelser/" + draft + "/ta-bort").session(sollentuna)).andExpect(status().isOk());
        mvc.perform(post("/overenskommelser/" + draft + "/ta-bort").session(session(Role.STEERING_GROUP, "sollentuna"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/overenskommelser/" + draft + "/ta-bort").session(sollentuna).with(csrf()))
                .andExpect(redirectedUrl("/overenskommelser"));
        mvc.perform(get("/overenskommelser/" + draft).session(sollentuna)).andExpect(status().isNotFound());

        signAllParties(agreementId);
        agreements.sign(sollentunaCoordinator, agreementId);
        mvc.perform(post("/overenskommelser/" + agreementId + "/ta-bort").session(sollentuna).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(reader.get(sollentunaCoordinator, agreementId).status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void theListFiltersByStatusAndYear() throws Exception {
        mvc.perform(get("/overenskommelser?status=DRAFT&ar=2028&size=100").session(sollentuna))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/overenskommelser?status=ACTIVE").session(sollentuna))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/overenskommelser?ar=2026").session(sollentuna))
                .andExpect(content().string(not(containsString(title))));
    }

    private void signAllParties(long id) {
        for (String party : Set.of("sollentuna", "lpo-sollentuna", "sollentunahem")) {
            signatories.create(sollentunaCoordinator, id, new SignatoryCommand("Person " + party, "Chef",
                    testAgreements.organisationId(party), LocalDate.of(2026, 11, 20), 0));
        }
    }
}
