package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.testsupport.IntegrationTest;

/** Whatever staff type into a pledge, the public page shows it as text or safe HTML, never as code. */
@IntegrationTest
class PublicPageXssTest extends FixtureBase {

    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))"
            + "<a href=\"javascript:alert(1)\">x</a><style>body{}</style>\" onmouseover=\"alert(1)";

    @Autowired
    MockMvc mvc;

    @Test
    void everyTextFieldRendersInert() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("X") + PAYLOAD;
        PledgeFixtures.Made pledge = fixtures.publish(fixtures.draft(title, PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD,
                PAYLOAD));
        fixtures.update(pledge, PAYLOAD + "\n\n" + PAYLOAD, CommitmentStatus.ONGOING);
        fixtures.result(pledge, PAYLOAD, PAYLOAD);

        for (String path : new String[] {pledge.path(), "/", "/medborgarloften", "/kommuner/tranemo"}) {
            Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("main script, main style")).as(path).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(path + " " + element.tagName())
                            .doesNotStartWith("on");
                }
                assertThat(element.attr("href").strip().toLowerCase(Locale.ROOT)).as(path)
                        .doesNotStartWith("javascript:");
                assertThat(element.attr("src").strip().toLowerCase(Locale.ROOT)).as(path)
                        .doesNotStartWith("javascript:");
            }
            assertThat(page.select("main img")).as(path).isEmpty();
        }
        Document page = Jsoup.parse(mvc.perform(get(pledge.path())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).as("the title is shown as the text it is").contains("<script>");
    }
}
