package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.data.domain.PageRequest;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class PublicPagesTest extends FixtureBase {

    static final String SOLLENTUNA_AGREEMENT = "Samverkansöverenskommelse Sollentuna 2023–2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    ThymeleafViewResolver viewResolver;

    @Test
    void everyPublicPageAnswersWithoutLogin() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Öppen sida"));
        for (String path : new String[] {"/", "/medborgarloften", pledge.path(), "/kommuner/tranemo", "/oppna-data",
                "/tillganglighet", "/medborgarloften.atom", "/kommuner/tranemo/medborgarloften.atom",
                "/oppna-data/medborgarloften.json", "/oppna-data/medborgarloften.csv"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void aDraftIsNotFoundAnywhere() throws Exception {
        String title = PledgeFixtures.unique("Hemligt utkast");
        PledgeFixtures.Made draft = fixtures().draft(title);

        assertThat(page(draft.path()).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title);
        for (String path : new String[] {"/", "/medborgarloften", "/medborgarloften?q=Hemligt", "/kommuner/tranemo",
                "/medborgarloften.atom", "/kommuner/tranemo/medborgarloften.atom", "/oppna-data/medborgarloften.json",
                "/oppna-data/medborgarloften.csv"}) {
            assertThat(body(path)).as(path).doesNotContain(title);
        }
    }

    @Test
    void thePledgePageShowsTheWholePledge() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Trygg station");
        PledgeFixtures.Made pledge = fixtures.published(title);
        long updateId = fixtures.update(pledge, "Belysningen är **uppsatt**.", CommitmentStatus.DONE);
        fixtures.result(pledge, "Vi satte upp belysning.", "Färre anmälda brott vid stationen.");

        Document page = Jsoup.parse(body(pledge.path()));
        assertThat(page.title()).isEqualTo(title + " – Samverkan");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main h2").eachText()).contains("Situationen idag", "Det här ska vi göra",
                "Det här ska vi åstadkomma tillsammans", "Följ med i hur det går", "Resultat", "Undertecknat av");
        assertThat(page.select(".commitment").text()).contains("Kommunen sätter upp ny belysning.",
                "Ansvarig: Tranemo kommun", "Klar");
        assertThat(page.getElementById("uppdatering-" + updateId).html()).contains("<strong>uppsatt</strong>");
        assertThat(page.getElementById("resultat").text()).contains("Vi satte upp belysning.",
                "Färre anmälda brott", "Arbetet fortsätter.");
        assertThat(page.select(".signatory-list").text()).contains("Åsa Öberg", "Per Holm");
        assertThat(page.select("link[rel=canonical]").attr("href")).startsWith("http").endsWith(pledge.path());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]")).isNotEmpty();
        assertThat(page.select("footer a[href=/tillganglighet]")).isNotEmpty();
        assertThat(page.select("[role=status]")).as("no preview banner").isEmpty();
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
    }

    @Test
    void periodsLinkToEachOtherOnceTheNextIsPublished() throws Exception {
        PledgeFixtures fixtures = fixtures();
        PledgeFixtures.Made first = fixtures.publish(fixtures.firstHalfOf2026(PledgeFixtures.unique("Årets löfte")));
        PledgeFixtures.Made next = fixtures.extend(first);
        assertThat(Jsoup.parse(body(first.path())).select("a[rel=next]")).as("the next is a draft").isEmpty();

        fixtures.publish(next);
        assertThat(Jsoup.parse(body(first.path())).select("a[rel=next]").attr("href")).isEqualTo(next.path());
        Document second = Jsoup.parse(body(next.path()));
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo(first.path());
        assertThat(second.select("a[rel=prev]").text()).startsWith("Föregående period: Årets löfte").endsWith("(2026)");
    }

    @Test
    void theListFiltersByMunicipalityYearAndWords() throws Exception {
        String word = "Filterord" + System.nanoTime();
        fixtures().published(word + " i Tranemo");

        Document hit = Jsoup.parse(body("/medborgarloften?kommun=tranemo&ar=2026&q=" + word));
        assertThat(hit.select(".pledge-item").text()).contains(word);
        assertThat(hit.select(".pagination__summary").text()).isEqualTo("Visar 1–1 av 1");

        assertThat(body("/medborgarloften?kommun=trelleborg&q=" + word)).doesNotContain(word + " i Tranemo")
                .contains("Inga medborgarlöften passar din sökning");
        assertThat(body("/medborgarloften?ar=2031&q=" + word)).doesNotContain(word + " i Tranemo");
        assertThat(body("/medborgarloften?q=%25_%5C")).contains("Medborgarlöften");
        Document plus = Jsoup.parse(mvc.perform(get("/medborgarloften").param("q", word + " C++ å"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(plus.select("#q").val()).isEqualTo(word + " C++ å");
    }

    @Test
    void theListShowsTwentyAPageAndKeepsTheFilterOnPageLinks() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String word = "Sidbyte" + System.nanoTime();
        for (int i = 0; i < 21; i++) {
            fixtures.published(word + " nr " + i);
        }
        Document first = Jsoup.parse(body("/medborgarloften?kommun=tranemo&q=" + word));
        assertThat(first.select(".pagination__summary").text()).isEqualTo("Visar 1–20 av 21");
        assertThat(first.select(".pledge-item")).hasSize(20);
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/medborgarloften?kommun=tranemo&q=" + word + "&page=2&size=20");

        Document second = Jsoup.parse(body(next));
        assertThat(second.select(".pagination__summary").text()).isEqualTo("Visar 21–21 av 21");
        assertThat(second.select(".pledge-item")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/medborgarloften?kommun=finns-inte", "/medborgarloften?kommun=lpo-tranemo",
            "/medborgarloften?ar=abc", "/medborgarloften?ar=99999", "/medborgarloften?ar=1066",
            "/medborgarloften?ar=-1"})
    void badFilterValuesAnswer400(String path) throws Exception {
        page(path).andExpect(status().isBadRequest());
    }

    @Test
    void theStaffPreviewRendersTheSameTemplateWithABannerAndNoCanonicalLink() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Förhandsvisat utkast");
        PledgeFixtures.Made draft = fixtures.draft(title);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/loften/" + draft.id() + "/forhandsvisning");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = new HashMap<>();
        model.put("pledge", pledgeReader.document(fixtures.coordinator, draft.id()));
        model.put("preview", true);
        viewResolver.resolveViewName("public/pledge", Locale.forLanguageTag("sv")).render(model, request, response);

        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("[role=status]").text()).contains("Förhandsvisning");
        assertThat(page.select("[role=status] a").attr("href")).isEqualTo("/loften/" + draft.id());
        assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/medborgarloften?page=abc", "/medborgarloften?page=-3", "/medborgarloften?page=999999999999"})
    void oddPageNumbersShowAPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kommuner/finns-inte", "/kommuner/lpo-tranemo", "/kommuner/tranemobostader",
            "/medborgarloften/tranemo/finns-inte", "/medborgarloften/finns-inte/nagot",
            "/kommuner/finns-inte/medborgarloften.atom", "/kommuner/lpo-tranemo/medborgarloften.atom"})
    void unknownAddressesAre404(String path) throws Exception {
        page(path).andExpect(status().isNotFound());
    }

    @Test
    void theMunicipalityPageListsItsPledgesAndFeed() throws Exception {
        String title = PledgeFixtures.unique("Kommunsidans löfte");
        fixtures().published(title);
        Document page = Jsoup.parse(body("/kommuner/tranemo"));
        assertThat(page.select("h1").text()).isEqualTo("Tranemo kommun");
        assertThat(page.select(".pledge-list").text()).contains(title);
        assertThat(page.select("a[href=/kommuner/tranemo/medborgarloften.atom]")).isNotEmpty();
    }

    @Test
    void theMunicipalityPageShowsTheAgreementSummaryOnlyWhenItsPartiesMadeItPublic() throws Exception {
        TestAgreements test = new TestAgreements(new Accounts(accountService, organisationService),
                userDetailsService, agreementService, organisationService);
        SamverkanUser coordinator = test.user(Role.COORDINATOR, "sollentuna");
        long agreementId = agreementReader.list(coordinator, new AgreementFilter(null, null, null),
                        PageRequest.of(0, 100)).getContent().stream()
                .filter(a -> a.title().equals(SOLLENTUNA_AGREEMENT)).findFirst().orElseThrow().id();
        boolean demoState = agreementReader.get(coordinator, agreementId).publicSummary();
        try {
            agreementService.setPublic(coordinator, agreementId, true);
            Document page = Jsoup.parse(body("/kommuner/sollentuna"));
            assertThat(page.select(".agreement-summary h3").text()).isEqualTo(SOLLENTUNA_AGREEMENT);
            assertThat(page.select(".agreement-summary").text()).contains("Sollentuna kommun", "Syfte");
            assertThat(page.select(".agreement-summary .focus-area")).isNotEmpty();

            agreementService.setPublic(coordinator, agreementId, false);
            assertThat(body("/kommuner/sollentuna")).doesNotContain(SOLLENTUNA_AGREEMENT);
        } finally {
            agreementService.setPublic(coordinator, agreementId, demoState);
        }
    }

    @Test
    void theStartPageLinksToListFeedOpenDataAndMunicipalities() throws Exception {
        fixtures().published(PledgeFixtures.unique("Startsidans löfte"));
        Document page = Jsoup.parse(body("/"));
        assertThat(page.select("form[action=/medborgarloften][method=get] input[name=q]")).isNotEmpty();
        assertThat(page.select("form select[name=kommun] option[value=tranemo]")).isNotEmpty();
        assertThat(page.select("a[href=/kommuner/tranemo]")).isNotEmpty();
        assertThat(page.select("a[href=/medborgarloften.atom]")).isNotEmpty();
        assertThat(page.select("a[href=/oppna-data]")).isNotEmpty();
        assertThat(page.select("input[name=_csrf]")).isEmpty();
    }

    @Test
    void theAccessibilityStatementHasContactAndSupervision() throws Exception {
        Document page = Jsoup.parse(body("/tillganglighet"));
        assertThat(page.select("a[href=mailto:tillganglighet@samverkan.example]")).isNotEmpty();
        assertThat(page.select("a[href=https://www.digg.se/]")).isNotEmpty();
        assertThat(page.text()).contains("WCAG 2.1", "axe-core");
    }

    @Test
    void englishIsOneSwitchAway() throws Exception {
        String html = mvc.perform(get("/medborgarloften").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Citizen pledges");
    }

    @Test
    void aLanguageCookieThatIsNoLanguageMeansSwedish() throws Exception {
        for (String value : new String[] {"%C3%28", "xx_YY_ZZ_!!", "!!", "\u00e5\u00e4\u00f6"}) {
            String html = mvc.perform(get("/medborgarloften").cookie(new jakarta.servlet.http.Cookie("samverkan-lang",
                            value))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(html).select("html").attr("lang")).as(value).isEqualTo("sv");
        }
    }

    private ResultActions page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept", "text/html,*/*;q=0.8"));
    }

    private String body(String path) throws Exception {
        return page(path).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
