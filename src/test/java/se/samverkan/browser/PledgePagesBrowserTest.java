package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverkan.testsupport.ServerTest;

/**
 * A Tranemo coordinator writes a citizen pledge in Chromium: list → choose the agreement → form errors → draft →
 * commitment → signatories → preview → publish → progress update → a logged-out visitor reads it and finds the
 * update in the municipality's feed. Every page is screenshotted and checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PledgePagesBrowserTest extends BrowserTestSupport {

    private static final String TITLE = "Tryggare busstation " + System.nanoTime() % 100000;

    private static String pledgePath;

    @Test
    @Order(1)
    void coordinatorWritesADraftAfterFixingTheFormErrors() {
        Browser b = browser();
        b.logIn("samordnare@tranemo.example", demoPassword);
        b.clickAndWait(By.linkText("Medborgarlöften"));
        assertThat(b.heading()).isEqualTo("Medborgarlöften");
        b.check("40-pledge-list");

        b.clickAndWait(By.linkText("Nytt medborgarlöfte"));
        b.check("41-pledge-choose-agreement");
        b.find(By.xpath("//select[@id='overenskommelse']/option[starts-with(text(),"
                + "'Samverkansöverenskommelse Tranemo 2021–2026')]")).click();
        b.clickAndWait(By.cssSelector("form.form button[type=submit]"));

        b.setDate("periodStart", "2026-12-31");
        b.setDate("periodEnd", "2026-01-01");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText())
                .containsSubsequence("Skriv en kort titel", "plats eller vilket problem", "slutdatum");
        b.check("42-pledge-form-errors");

        b.type("title", TITLE);
        b.type("target", "Busstationen i Tranemo");
        b.find(By.xpath("//label[text()='Tranemobostäder']")).click();
        b.setDate("periodStart", "2026-01-01");
        b.setDate("periodEnd", "2026-12-31");
        b.type("situation", "Många undviker busstationen på kvällarna.\n\n- Skadegörelse\n- Stök bland unga");
        b.type("achievement", "Fler ska känna sig trygga när de väntar på bussen.");
        b.type("followUp", "Vi berättar varje månad hur det går, här och på [kommunens webbplats](https://example.se).");
        b.submit();
        assertThat(b.pageText()).contains("Medborgarlöftet är sparat som utkast",
                "Tranemo kommun, Lokalpolisområde Tranemo, Tranemobostäder", "Skadegörelse",
                "Lägg till minst ett åtagande", "Lägg till en undertecknare för varje part");
        pledgePath = b.currentPath().replaceAll("#.*$", "");
        assertThat(pledgePath).matches("/loften/\\d+");
        assertThat(b.find(By.cssSelector(".rich-text ul")).getText()).contains("Skadegörelse", "Stök bland unga");
        b.check("43-pledge-draft");
    }

    @Test
    @Order(2)
    void coordinatorAddsACommitmentAndTheSignatories() {
        Browser b = browser();
        b.open(pledgePath);
        b.clickAndWait(By.linkText("Lägg till åtagande"));
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv vad som ska göras",
                "Välj vilken part som ansvarar");
        b.check("44-commitment-form-errors");
        b.type("commitment", "Trygghetsvandringar runt busstationen varje månad");
        b.find(By.xpath("//select[@id='responsibleId']/option[text()='Lokalpolisområde Tranemo']")).click();
        b.submit();
        assertThat(b.pageText()).contains("Åtagandet är sparat.", "Trygghetsvandringar runt busstationen");

        for (String[] person : new String[][] {{"Lena Ek", "Kommunstyrelsens ordförande", "Tranemo kommun"},
                {"Omar Haddad", "Lokalpolisområdeschef", "Lokalpolisområde Tranemo"},
                {"Stina Borg", "Vd", "Tranemobostäder"}}) {
            b.clickAndWait(By.linkText("Lägg till undertecknare"));
            b.type("name", person[0]);
            b.type("jobTitle", person[1]);
            b.find(By.xpath("//select[@id='organisationId']/option[text()='" + person[2] + "']")).click();
            b.setDate("signedOn", "2026-01-10");
            if (person[0].equals("Lena Ek")) {
                b.check("45-pledge-signatory-form");
            }
            b.submit();
            assertThat(b.pageText()).contains("Undertecknaren är sparad.", person[0]);
        }
        assertThat(b.pageText()).doesNotContain("Innan löftet kan publiceras", "Det här saknas");
        b.check("46-pledge-ready");

        b.clickAndWait(By.linkText("Förhandsvisa den publika sidan"));
        assertThat(b.pageText()).contains("Förhandsvisning", TITLE, "Situationen idag", "Det här ska vi göra",
                "Trygghetsvandringar runt busstationen", "Det här ska vi åstadkomma tillsammans",
                "Följ med i hur det går", "Omar Haddad");
        b.check("46b-pledge-preview");
        b.clickAndWait(By.linkText("Tillbaka till medborgarlöftet"));
        assertThat(b.currentPath()).isEqualTo(pledgePath);
    }

    @Test
    @Order(3)
    void coordinatorPublishesAndPostsAProgressUpdate() {
        Browser b = browser();
        b.open(pledgePath);
        b.clickAndWait(By.linkText("Publicera"));
        assertThat(b.pageText()).contains("/medborgarloften/tranemo/tryggare-busstation");
        b.check("47-pledge-publish");
        b.submit();
        assertThat(b.pageText()).contains("Medborgarlöftet är publicerat", "Publicerat");

        b.clickAndWait(By.linkText("Ny lägesrapport"));
        b.type("body", "I mars gick vi den första vandringen tillsammans med tolv boende.");
        b.find(By.xpath("//select[starts-with(@id,'status-')]/option[text()='Pågår']")).click();
        b.check("48-pledge-update-form");
        b.submit();
        assertThat(b.pageText()).contains("Lägesrapporten är publicerad.", "tolv boende", "Pågår");
        b.check("49-pledge-published");

        b.clickAndWait(By.linkText("Skriv resultatet"));
        b.check("50-pledge-result-form");
    }

    @Test
    @Order(4)
    void aLoggedOutVisitorReadsThePledgeAndFindsTheUpdateInTheFeed() throws Exception {
        Browser b = browser();
        b.open(pledgePath);
        String publicPath = b.find(By.linkText("Visa den publika sidan")).getAttribute("href")
                .replaceFirst("^http://localhost:\\d+", "");
        b.logOut();

        b.open(publicPath);
        assertThat(b.heading()).isEqualTo(TITLE);
        assertThat(b.pageText()).contains("tolv boende", "Trygghetsvandringar runt busstationen", "Pågår")
                .doesNotContain("Förhandsvisning", "Maria Lindqvist");
        b.check("51-pledge-public-logged-out");

        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/kommuner/tranemo/medborgarloften.atom")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains(TITLE, "tolv boende", publicPath);
    }
}
