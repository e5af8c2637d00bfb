package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestPledges;

/** The indicator pages over HTTP on real PostgreSQL: forms, values, chart and table, export, access. */
@IntegrationTest
class IndicatorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ValueService values;

    @Autowired
    IndicatorReader reader;

    @Autowired
    Clock clock;

    IndicatorFixtures fixtures;
    MockHttpSession tranemo;
    String base;

    @BeforeEach
    void tranemoCoordinatorIsLoggedIn() throws Exception {
        fixtures = new IndicatorFixtures(context);
        tranemo = Accounts.logIn(mvc, fixtures.tranemoEmail, Accounts.PASSWORD);
        base = "/overenskommelser/" + fixtures.agreementId + "/indikatorer";
    }

    private MockHttpServletRequestBuilder indicatorForm(String url, String name, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("indicatorName", name, "indicatorUnit", "%",
                "indicatorSource", "POLICE_SURVEY", "indicatorDirection", "LOWER_IS_BETTER",
                "geographicLevel", "AREA", "placeName", "Solgården", "measuringFrequency", "YEAR",
                "indicatorBaseline", "28,5", "indicatorBaselinePeriod", "2020", "indicatorTarget", "20"));
        fields.put("indicatorTargetPeriod", "2026");
        fields.put("indicatorGoals", String.valueOf(fixtures.firstGoal()));
        fields.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).session(tranemo).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void coordinatorCreatesAnIndicatorAndFindsItOnTheAgreementPage() throws Exception {
        String name = IndicatorFixtures.uniqueName("Andel otrygga i Solgården");
        mvc.perform(get(base + "/ny").session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lägg till indikator")));
        String location = mvc.perform(indicatorForm(base + "/ny", name))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andExpect(flash().attribute("saved", "indicator.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("28,5 % (2020)")))
                .andExpect(content().string(containsString("Ett område")))
                .andExpect(content().string(containsString("Inga värden är inlagda ännu.")));
        Document agreementPage = Jsoup.parse(mvc.perform(get("/overenskommelser/" + fixtures.agreementId)
                .session(tranemo)).andReturn().getResponse().getContentAsString());
        assertThat(agreementPage.select("section#indikatorer h2").text()).isEqualTo("Indikatorer");
        assertThat(agreementPage.select("section#indikatorer").text()).contains(name, "Värden saknas",
                "Importera värden", "Exportera indikatorer och värden (CSV)");
    }

    @Test
    void invalidInputKeepsTheFormWithSwedishMessages() throws Exception {
        String body = mvc.perform(post(base + "/ny").session(tranemo).with(csrf())
                        .param("indicatorName", " ").param("indicatorUnit", "%")
                        .param("indicatorSource", "NTU").param("indicatorDirection", "LOWER_IS_BETTER")
                        .param("geographicLevel", "PLACE").param("placeName", "")
                        .param("measuringFrequency", "YEAR")
                        .param("indicatorBaseline", "28").param("indicatorBaselinePeriod", "2020-K1")
                        .param("indicatorTarget", "tjugo").param("indicatorTargetPeriod", "2026")
                        .param("indicatorDescription", "Behålls").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(body);
        assertThat(page.title()).startsWith("Fel: ");
        assertThat(page.select("#error-summary").text()).contains("Skriv vad indikatorn mäter",
                "Skriv namnet på området eller platsen", "”2020-K1” är inte ett år",
                "Skriv målvärdet som ett tal", "Välj minst ett mål");
        assertThat(page.select("#indicatorDescription").text()).isEqualTo("Behålls");
        assertThat(page.select("#indicatorTarget").val()).isEqualTo("tjugo");
    }

    @Test
    void aTargetPointingTheWrongWayFromTheBaselineIsRefusedOnTheTarget() throws Exception {
        mvc.perform(indicatorForm(base + "/ny", IndicatorFixtures.uniqueName("Andel trygga"),
                        "indicatorDirection", "HIGHER_IS_BETTER", "indicatorBaseline", "60", "indicatorTarget", "50"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "indicatorTarget",
                        "indicator.target.belowBaseline"))
                .andExpect(content().string(containsString("målvärdet kan inte vara lägre än utgångsvärdet")));
        mvc.perform(indicatorForm(base + "/ny", IndicatorFixtures.uniqueName("Andel otrygga"),
                        "indicatorBaseline", "20", "indicatorTarget", "28,5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "indicatorTarget",
                        "indicator.target.aboveBaseline"));
        // Holding the level is a target too; without a baseline there is nothing to compare.
        mvc.perform(indicatorForm(base + "/ny", IndicatorFixtures.uniqueName("Behålla nivån"),
                        "indicatorDirection", "HIGHER_IS_BETTER", "indicatorBaseline", "60", "indicatorTarget", "60"))
                .andExpect(redirectedUrlPattern(base + "/*"));
        mvc.perform(indicatorForm(base + "/ny", IndicatorFixtures.uniqueName("Utan utgångsvärde"),
                        "indicatorDirection", "HIGHER_IS_BETTER", "indicatorBaseline", "",
                        "indicatorBaselinePeriod", "", "indicatorTarget", "5"))
                .andExpect(redirectedUrlPattern(base + "/*"));
    }

    @Test
    void goalsOfAnotherAgreementAndDuplicateNamesAreRefused() throws Exception {
        SamverkanUser sollentuna = fixtures.agreements.user(Role.COORDINATOR, "sollentuna");
        long sollentunaAgreement = new TestPledges(context.getBean(AgreementReader.class), null, null, null)
                .activeAgreement(sollentuna);
        long foreignGoal = indicators.goalOptions(sollentuna, sollentunaAgreement).keySet().iterator().next();
        mvc.perform(indicatorForm(base + "/ny", IndicatorFixtures.uniqueName("Främmande mål"),
                        "indicatorGoals", String.valueOf(foreignGoal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj minst ett av överenskommelsens mål.")));
        String name = IndicatorFixtures.uniqueName("Dubblett");
        fixtures.yearly(name);
        mvc.perform(indicatorForm(base + "/ny", name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har redan en indikator med det namnet")));
    }

    @Test
    void valuesAreAddedReplacedCorrectedAndRemoved() throws Exception {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Otrygghet"));
        String indicator = base + "/" + id;
        String lastYear = String.valueOf(LocalDate.now(clock).getYear() - 1);
        mvc.perform(get(indicator + "/varden/ny").session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + lastYear + "\"")));
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", "2024").param("measuredValue", "25,5").param("sampleSize", "1 200")
                        .param("responseRate", "46,5").param("version", "0"))
                .andExpect(redirectedUrlPattern(indicator + "#varde-*"))
                .andExpect(flash().attribute("saved", "indicatorValue.saved"));
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", "2024").param("measuredValue", "24").param("version", "0"))
                .andExpect(flash().attribute("replacedPeriod", "2024"));
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                .param("valuePeriod", "2023").param("measuredValue", "26").param("version", "0"));
        List<ValueView> saved = reader.page(fixtures.tranemoCoordinator, fixtures.agreementId, id).values();
        assertThat(saved).extracting(ValueView::period).containsExactly(Period.year(2023), Period.year(2024));
        assertThat(saved.get(1).shown()).isEqualByComparingTo("24");
        assertThat(saved.get(1).enteredBy()).isEqualTo("Test COORDINATOR");

        Document page = Jsoup.parse(mvc.perform(get(indicator).session(tranemo))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("svg[role=img] title").first().text()).startsWith("Diagram: Otrygghet");
        assertThat(page.select("svg[role=img] desc").text()).contains("från 2023 till 2024", "24 %", "20 % till 2026");
        assertThat(page.select("svg polyline")).hasSize(1);
        assertThat(page.select("table caption").text()).contains("Uppmätta värden");
        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.select("table tbody tr").first().select("th").text()).isEqualTo("2024");
        assertThat(page.text()).contains("Värdet behöver minska med 4 procentenheter till för att nå målet 20 % till 2026",
                "−4 procentenheter", "från 28 % (2020)", "50 % av vägen");

        long valueId = saved.get(1).id();
        mvc.perform(get(indicator + "/varden/" + valueId + "/redigera").session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändra värdet för 2024")));
        mvc.perform(post(indicator + "/varden/" + valueId + "/redigera").session(tranemo).with(csrf())
                        .param("valuePeriod", "1999").param("measuredValue", "19").param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(indicator + "/varden/" + valueId + "/redigera").session(tranemo).with(csrf())
                        .param("valuePeriod", "1999").param("measuredValue", "19")
                        .param("version", String.valueOf(saved.get(1).version())))
                .andExpect(flash().attribute("saved", "indicatorValue.saved"));
        assertThat(values.get(fixtures.tranemoCoordinator, fixtures.agreementId, id, valueId).period())
                .as("the period of a saved value stays").isEqualTo(Period.year(2024));
        mvc.perform(get(indicator).session(tranemo)).andExpect(content().string(containsString("Målet är nått")));
        mvc.perform(get(indicator + "/varden/" + valueId + "/ta-bort").session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ja, ta bort")));
        mvc.perform(post(indicator + "/varden/" + valueId + "/ta-bort").session(tranemo).with(csrf()))
                .andExpect(flash().attribute("saved", "indicatorValue.removed"));
        assertThat(reader.page(fixtures.tranemoCoordinator, fixtures.agreementId, id).values()).hasSize(1);
    }

    @Test
    void reportedCrimesAreEnteredAsCountAndShownPerHundredThousand() throws Exception {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Narkotikabrott"), IndicatorSource.REPORTED_CRIMES);
        String indicator = base + "/" + id;
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", "2025").param("crimeCount", "23").param("population", "11 800")
                        .param("version", "0"))
                .andExpect(flash().attribute("saved", "indicatorValue.saved"));
        Document page = Jsoup.parse(mvc.perform(get(indicator).session(tranemo)).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("table tbody tr td").eachText()).contains("194,9", "23 / 11800");
    }

    @Test
    void valueFormSaysWhatIsWrong() throws Exception {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Fel i värden"));
        String indicator = base + "/" + id;
        String nextYear = String.valueOf(LocalDate.now(clock).getYear() + 1);
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", "2025-03").param("measuredValue", "12").param("crimeCount", "3")
                        .param("responseRate", "120").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("”2025-03” är inte ett år")))
                .andExpect(content().string(containsString("antingen ett värde eller antal och befolkning")))
                .andExpect(content().string(containsString("mellan 0 och 100")));
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", nextYear).param("measuredValue", "12").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har inte börjat än")));
        mvc.perform(post(indicator + "/varden/ny").session(tranemo).with(csrf())
                        .param("valuePeriod", "2025").param("crimeCount", "3").param("version", "0"))
                .andExpect(content().string(containsString("Skriv befolkningen")));
        assertThat(reader.page(fixtures.tranemoCoordinator, fixtures.agreementId, id).values()).isEmpty();
    }

    @Test
    void aStaleIndicatorEditAnswersConflictAndKeepsTheInput() throws Exception {
        String name = IndicatorFixtures.uniqueName("Samtidig ändring");
        long id = fixtures.yearly(name);
        indicators.update(fixtures.tranemoCoordinator, fixtures.agreementId, id,
                indicators.get(fixtures.tranemoCoordinator, fixtures.agreementId, id).toCommand());
        Document page = Jsoup.parse(mvc.perform(indicatorForm(base + "/" + id + "/redigera", name + " igen"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#indicatorName").val()).isEqualTo(name + " igen");
        assertThat(page.select(".field__current").text()).contains(name);
    }

    @Test
    void theFrequencyCannotChangeOnceThereAreValues() throws Exception {
        String name = IndicatorFixtures.uniqueName("Frekvens");
        long id = fixtures.yearly(name);
        values.add(fixtures.tranemoCoordinator, fixtures.agreementId, id,
                new ValueCommand(Period.year(2024), new BigDecimal("3"), null, null, null, null, null, 0));
        mvc.perform(indicatorForm(base + "/" + id + "/redigera", name, "measuringFrequency", "QUARTER",
                        "indicatorBaselinePeriod", "2020-K4", "indicatorTargetPeriod", "2026-K4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mätfrekvensen kan inte ändras")));
    }

    @Test
    void theIndicatorIsRemovedAfterConfirmation() throws Exception {
        String name = IndicatorFixtures.uniqueName("Tas bort");
        long id = fixtures.yearly(name);
        mvc.perform(get(base + "/" + id + "/ta-bort").session(tranemo)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(post(base + "/" + id + "/ta-bort").session(tranemo).with(csrf()))
                .andExpect(redirectedUrlPattern("/overenskommelser/*#indikatorer"));
        mvc.perform(get(base + "/" + id).session(tranemo)).andExpect(status().isNotFound());
    }

    @Test
    void theExportIsUtf8WithBomAndSemicolonsAndDisarmsFormulas() throws Exception {
        String name = IndicatorFixtures.uniqueName("Export åäö");
        long id = fixtures.yearly(name);
        values.add(fixtures.tranemoCoordinator, fixtures.agreementId, id, new ValueCommand(Period.year(2024),
                new BigDecimal("25.5"), null, null, 1200, null, "=HYPERLINK(\"http://example.com\")", 0));
        byte[] body = mvc.perform(get(base + ".csv").session(tranemo))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("\uFEFFindikator;period;värde;antal;befolkning;urval;svarsfrekvens;kommentar");
        assertThat(csv).contains(name + ";2024;25,5;;;1200;;\"'=HYPERLINK(\"\"http://example.com\"\")\"")
                .contains("Nationella trygghetsundersökningen (NTU)").contains("Lägre är bättre");
    }

    @Test
    void theDashboardListsIndicatorsMissingTheirLastCompletedPeriod() {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Saknar värde"));
        Period due = Period.lastCompleted(Frequency.YEAR, LocalDate.now(clock));
        List<MissingValue> missing = missingValues(fixtures.tranemoCoordinator);
        assertThat(missing).filteredOn(value -> value.indicatorId() == id).singleElement()
                .satisfies(value -> {
                    assertThat(value.missingPeriod()).isEqualTo(due);
                    assertThat(value.agreementTitle()).isEqualTo("Samverkansöverenskommelse Tranemo 2021–2026");
                });
        assertThat(missing).extracting(MissingValue::indicatorName)
                .contains("Genomförda trygghetsvandringar i Solgården");
        values.add(fixtures.tranemoCoordinator, fixtures.agreementId, id,
                new ValueCommand(due, new BigDecimal("21"), null, null, null, null, null, 0));
        assertThat(missingValues(fixtures.tranemoCoordinator))
                .noneMatch(value -> value.indicatorId() == id);
        SamverkanUser sollentuna = fixtures.agreements.user(Role.COORDINATOR, "sollentuna");
        assertThat(missingValues(sollentuna))
                .noneMatch(value -> value.agreementId() == fixtures.agreementId);
        // An administrator's dashboard covers their own organisation's agreements, not every one in the country.
        SamverkanUser sollentunaAdmin = fixtures.agreements.user(Role.ADMIN, "sollentuna");
        assertThat(missingValues(sollentunaAdmin))
                .noneMatch(value -> value.agreementId() == fixtures.agreementId);
    }

    @Test
    void anotherMunicipalitysCoordinatorGetsNotFoundOnEveryPageAndPost() throws Exception {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Hemlig"));
        long valueId = values.add(fixtures.tranemoCoordinator, fixtures.agreementId, id,
                new ValueCommand(Period.year(2024), BigDecimal.ONE, null, null, null, null, null, 0)).valueId();
        MockHttpSession stranger = fixtures.session(mvc, Role.COORDINATOR, "sollentuna");
        String indicator = base + "/" + id;
        for (String url : List.of(indicator, base + "/ny", indicator + "/redigera", indicator + "/ta-bort",
                indicator + "/varden/ny", indicator + "/varden/" + valueId + "/redigera",
                indicator + "/varden/" + valueId + "/ta-bort", base + "/import", base + ".csv")) {
            mvc.perform(get(url).session(stranger)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Hemlig"))));
        }
        for (String url : List.of(base + "/ny", indicator + "/redigera", indicator + "/ta-bort",
                indicator + "/varden/ny", indicator + "/varden/" + valueId + "/redigera",
                indicator + "/varden/" + valueId + "/ta-bort", base + "/import", base + "/import/spara")) {
            mvc.perform(post(url).session(stranger).with(csrf()).param("indicatorName", "x")
                    .param("valuePeriod", "2024").param("measuredValue", "2").param("csvText", "a;b"))
                    .andExpect(status().isNotFound());
        }
        assertThat(reader.page(fixtures.tranemoCoordinator, fixtures.agreementId, id).values()).hasSize(1);
    }

    @Test
    void aReaderReadsButCannotWrite() throws Exception {
        long id = fixtures.yearly(IndicatorFixtures.uniqueName("Läsbar"));
        MockHttpSession reader = fixtures.session(mvc, Role.READER, "tranemo");
        String indicator = base + "/" + id;
        mvc.perform(get(indicator).session(reader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Lägg till värde"))));
        mvc.perform(get(base + ".csv").session(reader)).andExpect(status().isOk());
        mvc.perform(get(base + "/ny").session(reader)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/import").session(reader)).andExpect(status().isForbidden());
        for (String url : List.of(base + "/ny", indicator + "/redigera", indicator + "/ta-bort",
                indicator + "/varden/ny", base + "/import", base + "/import/spara")) {
            mvc.perform(post(url).session(reader).with(csrf()).param("valuePeriod", "2024")
                    .param("measuredValue", "2").param("csvText", "a;b")).andExpect(status().isForbidden());
        }
    }

    @Test
    void malformedIdsAreBadRequestsAndUnknownOnesNotFound() throws Exception {
        mvc.perform(get(base + "/abc").session(tranemo)).andExpect(status().isBadRequest());
        mvc.perform(get(base + "/999999999").session(tranemo)).andExpect(status().isNotFound());
    }

    /** What the user's dashboard lists as indicators missing their latest value. */
    private List<MissingValue> missingValues(SamverkanUser user) {
        return reader.withoutLatestValue(context.getBean(AgreementReader.class).followUpAgreements(user));
    }
}
