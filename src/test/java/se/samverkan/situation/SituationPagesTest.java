package se.samverkan.situation;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;

/** The situational-picture pages over HTTP (MockMvc) on real PostgreSQL: access, validation, trends, citations. */
@IntegrationTest
class SituationPagesTest {

    private static final String PERSONNUMMER = "811218-9876";

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
    PledgeReader pledges;

    @Autowired
    SituationService service;

    @Autowired
    SituationReader reader;

    @Autowired
    JdbcClient jdbc;

    Accounts accounts;
    TestAgreements testAgreements;
    SamverkanUser tranemoCoordinator;
    MockHttpSession tranemo;
    long tranemoId;
    long policeId;

    @BeforeEach
    void tranemoCoordinatorIsLoggedIn() throws Exception {
        accounts = new Accounts(accountService, organisations);
        testAgreements = new TestAgreements(accounts, users, agreementService, organisations);
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        tranemoCoordinator = testAgreements.user(email);
        tranemo = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        tranemoId = testAgreements.organisationId("tranemo");
        policeId = testAgreements.organisationId("lpo-tranemo");
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    /** A week (1990–2009) no other test, nor the demo (which has recent months), is likely to use. */
    /** Weeks in the 1990s, one after the other, so that no two tests of a run pick the same. */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_WEEK = new java.util.concurrent.atomic.AtomicLong();

    private static Period freeWeek() {
        return Period.containing(PeriodType.WEEK, LocalDate.of(1990, 1, 1).plusWeeks(NEXT_WEEK.getAndAdd(2)));
    }

    private long picture(Period period, String summary) {
        return service.create(tranemoCoordinator, tranemoId, new PictureCommand(period, Set.of(tranemoId, policeId),
                summary, 0));
    }

    private long hotspot(long pictureId, String place, HotspotCategory category, int count) {
        return service.addHotspot(tranemoCoordinator, pictureId, new HotspotCommand(place, null, null, category,
                count, null, 0));
    }

    private long pictureCount() {
        return jdbc.sql("select count(*) from situation_picture").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder newPicture(Period period, String summary) {
        return post("/lagesbilder/ny").session(tranemo).with(csrf()).param("kommun", String.valueOf(tranemoId))
                .param("pictureType", period.type().name()).param("pictureDate", period.firstDay().toString())
                .param("compilerIds", String.valueOf(tranemoId), String.valueOf(policeId))
                .param("pictureSummary", summary).param("version", "0");
    }

    private MockHttpServletRequestBuilder hotspotPost(long pictureId) {
        return hotspotPost(pictureId, "7");
    }

    private MockHttpServletRequestBuilder hotspotPost(long pictureId, String incidentCount) {
        return post("/lagesbilder/" + pictureId + "/platser/ny").session(tranemo).with(csrf())
                .param("hotspotPlace", "Torget").param("hotspotCategory", "VANDALISM")
                .param("incidentCount", incidentCount).param("version", "0");
    }

    @Test
    void coordinatorCompilesAPictureAndAddsHotspots() throws Exception {
        mvc.perform(get("/lagesbilder/ny").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ny lägesbild för Tranemo kommun")))
                .andExpect(content().string(containsString("Lokalpolisområde Tranemo")))
                .andExpect(content().string(containsString("Tranemobostäder")));
        Period week = freeWeek();
        String location = mvc.perform(newPicture(week, "Oro vid torget på kvällarna."))
                .andExpect(redirectedUrlPattern("/lagesbilder/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/lagesbilder/" + id + "/platser/ny").session(tranemo).with(csrf()).param("version", "0")
                        .param("hotspotPlace", "Solgårdsområdet").param("hotspotCategory", "DRUGS")
                        .param("incidentCount", "12").param("latitude", "57,4883").param("longitude", "13.3419")
                        .param("hotspotActions", "Narkotikasök med hund."))
                .andExpect(redirectedUrlPattern("/lagesbilder/" + id + "#plats-*"));
        mvc.perform(get(location).session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lägesbild " + week.label() + ", Tranemo kommun")))
                .andExpect(content().string(containsString("Oro vid torget på kvällarna.")))
                .andExpect(content().string(containsString("Narkotikasök med hund.")))
                .andExpect(content().string(containsString("57,4883 N, 13,3419 E")))
                // Measures and pledges aimed at the place, from the agreement and pledge modules.
                .andExpect(content().string(containsString("Trygghetsvandring i Solgården med boende")))
                .andExpect(content().string(containsString("Tryggare Solgården")))
                .andExpect(content().string(containsString("Ingen jämförelse")));
        mvc.perform(get("/lagesbilder").param("typ", "WEEK").param("ar", String.valueOf(week.firstDay().getYear()))
                        .session(tranemo))
                .andExpect(content().string(containsString(week.label())));
        mvc.perform(get("/lagesbilder").param("typ", "QUARTER").session(tranemo))
                .andExpect(content().string(not(containsString(week.label()))));
    }

    @Test
    void aSecondPictureForTheSamePeriodIsRefused() throws Exception {
        Period week = freeWeek();
        picture(week, "Första");
        long before = pictureCount();
        mvc.perform(newPicture(week, "Andra"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "pictureDate"))
                .andExpect(content().string(containsString("Kommunen har redan en lägesbild för den perioden")));
        assertThat(pictureCount()).isEqualTo(before);
    }

    @Test
    void aPersonalIdentityNumberInAnyTextIsRefusedAndNothingIsSaved() throws Exception {
        long before = pictureCount();
        mvc.perform(newPicture(freeWeek(), "Anmälan gällde " + PERSONNUMMER + " vid torget."))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "pictureSummary"))
                .andExpect(content().string(containsString("Texten innehåller ett personnummer")))
                .andExpect(content().string(containsString("Det finns fel i formuläret")));
        assertThat(pictureCount()).isEqualTo(before);

        long id = picture(freeWeek(), "Utan personuppgifter");
        mvc.perform(hotspotPost(id).param("hotspotPlace", "Torget " + PERSONNUMMER))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hotspotPlace"));
        mvc.perform(hotspotPost(id).param("hotspotActions", "Samtal med 19811218-9876"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "hotspotActions"))
                .andExpect(content().string(containsString("personnummer eller samordningsnummer")));
        // A phone number in the same shape passes.
        mvc.perform(hotspotPost(id).param("hotspotActions", "Ring fältarna på 0325-576 000."))
                .andExpect(redirectedUrlPattern("/lagesbilder/" + id + "#plats-*"));
        assertThat(reader.document(tranemoCoordinator, id).hotspots()).hasSize(1);
    }

    @Test
    void coordinatesOutsideSwedenOrWithoutTheirPairAreRefused() throws Exception {
        long id = picture(freeWeek(), "Koordinater");
        mvc.perform(hotspotPost(id).param("latitude", "59,91").param("longitude", "10,75"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "longitude"))
                .andExpect(content().string(containsString("Longituden ligger utanför Sverige")));
        mvc.perform(hotspotPost(id).param("latitude", "13,35").param("longitude", "57,48"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "latitude", "longitude"));
        mvc.perform(hotspotPost(id).param("latitude", "57,48"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "longitude"))
                .andExpect(content().string(containsString("Ange longituden också")));
        mvc.perform(hotspotPost(id).param("latitude", "norr").param("longitude", "13,3"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "latitude"));
        mvc.perform(hotspotPost(id, "många"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "incidentCount"))
                .andExpect(content().string(containsString("Skriv antalet händelser som ett heltal")));
        mvc.perform(hotspotPost(id, "-1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "incidentCount"));
        assertThat(reader.document(tranemoCoordinator, id).hotspots()).isEmpty();
        mvc.perform(hotspotPost(id).param("latitude", " 57,4851 ").param("longitude", "13,3502"))
                .andExpect(redirectedUrlPattern("/lagesbilder/" + id + "#plats-*"));
        HotspotView saved = reader.document(tranemoCoordinator, id).hotspots().get(0);
        assertThat(saved.latitude()).isEqualByComparingTo(new BigDecimal("57.4851"));
    }

    @Test
    void theTrendComparesWithThePreviousPeriodsHotspotAtTheSamePlaceAndCategory() throws Exception {
        Period first = freeWeek();
        long older = picture(first, "Vecka ett");
        hotspot(older, "Stationen", HotspotCategory.VANDALISM, 4);
        hotspot(older, "Parken", HotspotCategory.DRUGS, 9);
        long newer = picture(first.next(), "Vecka två");
        hotspot(newer, "stationen ", HotspotCategory.VANDALISM, 6);
        hotspot(newer, "Parken", HotspotCategory.DRUGS, 9);
        hotspot(newer, "Parken", HotspotCategory.YOUTH_DISORDER, 2);

        List<HotspotView> spots = reader.document(tranemoCoordinator, newer).hotspots();
        assertThat(spots).extracting(HotspotView::place, HotspotView::trend, HotspotView::previousCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Parken", Trend.UNCHANGED, 9),
                        org.assertj.core.groups.Tuple.tuple("stationen", Trend.UP, 4),
                        org.assertj.core.groups.Tuple.tuple("Parken", Trend.NEW, null));
        assertThat(reader.document(tranemoCoordinator, older).hotspots()).allMatch(spot -> spot.trend() == null);
        mvc.perform(get("/lagesbilder/" + newer).session(tranemo))
                .andExpect(content().string(containsString("Ökar")))
                .andExpect(content().string(containsString("Ny plats")))
                .andExpect(content().string(containsString("(förra perioden 4)")));

        mvc.perform(get("/lagesbilder/trend").param("plats", "Stationen").param("typ", "WEEK").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Utvecklingen över tid: Stationen")))
                .andExpect(content().string(containsString(first.label())))
                .andExpect(content().string(containsString(first.next().label())))
                .andExpect(content().string(containsString("Ökar")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Händelser per period: Stationen</title>")));
        List<TrendRow> rows = reader.trend(tranemoCoordinator, tranemoId, PeriodType.WEEK, null,
                HotspotCategory.YOUTH_DISORDER);
        assertThat(rows).filteredOn(row -> row.pictureId() == newer).singleElement()
                .satisfies(row -> assertThat(row.incidentCount()).isEqualTo(2));
        mvc.perform(get("/lagesbilder/trend").param("kategori", "DRUGS").session(tranemo))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Solgårdsområdet")));
        mvc.perform(get("/lagesbilder/trend").param("kategori", "NONSENSE").session(tranemo))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPreviousPictureTheUserMayNotOpenGivesNoCountsOrTrend() throws Exception {
        Period first = freeWeek();
        long older = picture(first, "Kommunen och polisen");
        hotspot(older, "Torget", HotspotCategory.VANDALISM, 4);
        long partnerId = testAgreements.organisationId("tranemobostader");
        long newer = service.create(tranemoCoordinator, tranemoId, new PictureCommand(first.next(),
                Set.of(tranemoId, policeId, partnerId), "Med bostadsbolaget", 0));
        hotspot(newer, "Torget", HotspotCategory.VANDALISM, 6);
        SamverkanUser partner = testAgreements.user(accounts.create(Role.COORDINATOR, "tranemobostader"));

        PictureDocument seen = reader.document(partner, newer);
        assertThat(seen.previousId()).isNull();
        assertThat(seen.comparable()).isFalse();
        assertThat(seen.hotspots()).singleElement().satisfies(spot -> {
            assertThat(spot.previousCount()).isNull();
            assertThat(spot.trend()).isNull();
        });
        assertThat(reader.document(tranemoCoordinator, newer).hotspots()).singleElement()
                .satisfies(spot -> assertThat(spot.previousCount()).isEqualTo(4));
    }

    @Test
    void aYearOutsideThePlausibleRangeIsABadRequest() throws Exception {
        // A 400 (not a 500 from LocalDate.of): the server's error page (ErrorPages) then explains it in Swedish.
        for (String year : List.of("1000000000", "-5", "1899", "2201")) {
            mvc.perform(get("/lagesbilder").param("ar", year).session(tranemo))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/lagesbilder").param("ar", "2200").session(tranemo)).andExpect(status().isOk());
    }

    @Test
    void aPictureIsCitedByAFocusAreaAndAPledgeWhichShowItOnTheirPages() throws Exception {
        long id = picture(freeWeek(), "Underlag");
        FocusAreaRef area = agreements.focusAreas(tranemoCoordinator, tranemoId).stream()
                .filter(a -> a.title().equals("Unga och trygghet i skolan")).findFirst().orElseThrow();
        long pledgeId = pledges.list(tranemoCoordinator, new PledgeFilter(tranemoId, null, null, null), null,
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent().get(0).id();
        mvc.perform(get("/lagesbilder/" + id).session(tranemo))
                .andExpect(content().string(containsString("value=\"omrade-" + area.id() + "\"")));
        mvc.perform(post("/lagesbilder/" + id + "/underlag").session(tranemo).with(csrf())
                        .param("citation", "omrade-" + area.id()))
                .andExpect(redirectedUrl("/lagesbilder/" + id + "#underlag"));
        mvc.perform(post("/lagesbilder/" + id + "/underlag").session(tranemo).with(csrf())
                        .param("citation", "lofte-" + pledgeId))
                .andExpect(redirectedUrl("/lagesbilder/" + id + "#underlag"));
        String label = reader.document(tranemoCoordinator, id).period().label();
        mvc.perform(get("/overenskommelser/" + area.agreementId()).session(tranemo))
                .andExpect(content().string(containsString("Bygger på lägesbilder")))
                .andExpect(content().string(containsString("Lägesbild " + label + ", Tranemo kommun")));
        mvc.perform(get("/loften/" + pledgeId).session(tranemo))
                .andExpect(content().string(containsString("Lägesbild " + label + ", Tranemo kommun")));
        PictureDocument picture = reader.document(tranemoCoordinator, id);
        assertThat(picture.citations()).extracting(CitationView::title).contains("Unga och trygghet i skolan");

        // Something that is not a focus area or pledge of the municipality is refused with a message.
        long trelleborgArea = agreements.focusAreas(testAgreements.user(Role.ADMIN, "tranemo"),
                testAgreements.organisationId("trelleborg")).get(0).id();
        mvc.perform(post("/lagesbilder/" + id + "/underlag").session(tranemo).with(csrf())
                        .param("citation", "omrade-" + trelleborgArea))
                .andExpect(redirectedUrl("/lagesbilder/" + id + "#underlag"));
        assertThat(reader.document(tranemoCoordinator, id).citations()).hasSize(2);

        for (CitationView citation : picture.citations()) {
            mvc.perform(post("/lagesbilder/" + id + "/underlag/" + citation.id() + "/ta-bort").session(tranemo)
                    .with(csrf())).andExpect(redirectedUrl("/lagesbilder/" + id + "#underlag"));
        }
        assertThat(reader.document(tranemoCoordinator, id).citations()).isEmpty();
    }

    @Test
    void coordinatorOfAnotherMunicipalityGets404ForEveryPageAndAction() throws Exception {
        long id = picture(freeWeek(), "Tranemos lägesbild");
        long spot = hotspot(id, "Torget", HotspotCategory.VANDALISM, 3);
        FocusAreaRef area = agreements.focusAreas(tranemoCoordinator, tranemoId).get(0);
        service.cite(tranemoCoordinator, id, "omrade-" + area.id());
        long citation = reader.document(tranemoCoordinator, id).citations().get(0).id();
        MockHttpSession trelleborg = session(Role.COORDINATOR, "trelleborg");
        String base = "/lagesbilder/" + id;
        for (String page : List.of(base, base + "/redigera", base + "/platser/ny", base + "/platser/" + spot
                + "/redigera", base + "/platser/" + spot + "/ta-bort", "/lagesbilder/ny?kommun=" + tranemoId,
                "/lagesbilder/trend?kommun=" + tranemoId + "&plats=Torget")) {
            mvc.perform(get(page).session(trelleborg)).andExpect(status().isNotFound());
        }
        for (String action : List.of(base + "/redigera", base + "/platser/ny", base + "/platser/" + spot
                + "/redigera", base + "/platser/" + spot + "/ta-bort", base + "/underlag",
                base + "/underlag/" + citation + "/ta-bort", "/lagesbilder/ny?kommun=" + tranemoId)) {
            mvc.perform(post(action).session(trelleborg).with(csrf()).param("pictureSummary", "Kapad")
                            .param("pictureType", "WEEK").param("pictureDate", "2001-01-01")
                            .param("compilerIds", String.valueOf(tranemoId)).param("hotspotPlace", "Kapad")
                            .param("hotspotCategory", "OTHER").param("incidentCount", "1")
                            .param("citation", "omrade-" + area.id()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/lagesbilder").session(trelleborg))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("href=\"" + base + "\""))));
        PictureDocument after = reader.document(tranemoCoordinator, id);
        assertThat(after.summary()).isEqualTo("Tranemos lägesbild");
        assertThat(after.hotspots()).hasSize(1);
        assertThat(after.citations()).hasSize(1);
    }

    @Test
    void usersOfThePartiesWhoAreNotCoordinatorsReadButCannotChange() throws Exception {
        long id = picture(freeWeek(), "Läses av alla parter");
        long spot = hotspot(id, "Torget", HotspotCategory.VANDALISM, 3);
        MockHttpSession reading = session(Role.READER, "tranemo");
        MockHttpSession steeringGroup = session(Role.STEERING_GROUP, "tranemo");
        MockHttpSession police = session(Role.COORDINATOR, "lpo-tranemo");
        MockHttpSession partner = session(Role.COORDINATOR, "tranemobostader");
        String base = "/lagesbilder/" + id;
        mvc.perform(get(base).session(reading)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Lägg till plats"))));
        mvc.perform(get(base).session(steeringGroup)).andExpect(status().isOk());
        mvc.perform(get(base + "/redigera").session(reading)).andExpect(status().isForbidden());
        mvc.perform(get("/lagesbilder/ny").session(reading)).andExpect(status().isForbidden());
        for (String action : List.of(base + "/redigera", base + "/platser/ny", base + "/platser/" + spot
                + "/ta-bort", base + "/underlag", "/lagesbilder/ny?kommun=" + tranemoId)) {
            mvc.perform(post(action).session(reading).with(csrf()).param("pictureSummary", "Ändrad"))
                    .andExpect(status().isForbidden());
        }
        // The police area compiled it: its coordinator changes it. The housing company did not: 404.
        mvc.perform(get(base + "/redigera").session(police)).andExpect(status().isOk());
        mvc.perform(get(base).session(partner)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/platser/" + spot + "/ta-bort").session(tranemo)).andExpect(status().isForbidden());
        assertThat(reader.document(tranemoCoordinator, id).hotspots()).hasSize(1);
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheInput() throws Exception {
        Period week = freeWeek();
        long id = picture(week, "Version ett");
        service.update(tranemoCoordinator, id, new PictureCommand(week, Set.of(tranemoId), "Version två", 0));
        mvc.perform(post("/lagesbilder/" + id + "/redigera").session(tranemo).with(csrf())
                        .param("pictureType", "WEEK").param("pictureDate", week.firstDay().toString())
                        .param("compilerIds", String.valueOf(tranemoId)).param("pictureSummary", "Min egen text")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Min egen text")))
                .andExpect(content().string(containsString("Version två")));
    }

    @Test
    void aCompilerMustIncludeTheirOwnOrganisationAndChooseAmongTheAgreementsParties() throws Exception {
        MockHttpSession police = session(Role.COORDINATOR, "lpo-tranemo");
        Period week = freeWeek();
        mvc.perform(post("/lagesbilder/ny").session(police).with(csrf()).param("kommun", String.valueOf(tranemoId))
                        .param("pictureType", "WEEK").param("pictureDate", week.firstDay().toString())
                        .param("compilerIds", String.valueOf(tranemoId)).param("pictureSummary", "Utan polisen"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "compilerIds"))
                .andExpect(content().string(containsString("Välj din egen organisation")));
        mvc.perform(newPicture(week, "Med Trelleborg").param("compilerIds",
                        String.valueOf(testAgreements.organisationId("lpo-trelleborg"))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "compilerIds"));
    }

    @Test
    void theDemoHasTranemosMonthlyPicturesOfTheLastYear() throws Exception {
        List<PictureSummary> months = reader.list(tranemoCoordinator, new PictureFilter(tranemoId, PeriodType.MONTH,
                null), org.springframework.data.domain.PageRequest.of(0, 50)).getContent();
        assertThat(months).hasSizeGreaterThanOrEqualTo(12);
        assertThat(months).allMatch(m -> m.hotspotCount() >= 3 && m.hotspotCount() <= 6);
        PictureDocument newest = reader.document(tranemoCoordinator, months.get(0).id());
        assertThat(newest.hotspots()).extracting(HotspotView::place).contains("Solgårdsområdet");
        assertThat(newest.citations()).extracting(CitationView::title)
                .contains("Trygghet i Solgårdsområdet", "Tryggare på platser som känns otrygga");
    }
}
