package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverkan.testsupport.ServerTest;

/**
 * Annual reports in Chromium on the demo data: Tranemo's coordinator opens the 2025 draft from the agreement page
 * and writes the summary (after a form error); Sollentuna's steering group reads the report in review, its
 * comments, and approves; Trelleborg's coordinator reads the approved 2021 report and opens the presentation
 * form and the new-revision confirmation. Every page is screenshotted and checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesBrowserTest extends BrowserTestSupport {

    /** Logs in and goes from the list of agreements to the agreement and on through its reports panel. */
    private Browser openReport(String email, String agreementTitle, String report) {
        Browser b = browser();
        b.logIn(email, demoPassword);
        // Filtered to the report's year, as other tests add agreements of later years to the shared database.
        b.open("/overenskommelser?ar=" + report.substring(report.length() - 4));
        b.clickAndWait(By.linkText(agreementTitle));
        assertThat(b.find(By.id("arsrapporter")).getText()).contains(report);
        b.clickAndWait(By.linkText(report));
        return b;
    }

    @Test
    @Order(1)
    void coordinatorWritesTheSummaryOfADraft() {
        Browser b = openReport("samordnare@tranemo.example", "Samverkansöverenskommelse Tranemo 2021–2026",
                "Årsrapport 2025");
        assertThat(b.heading()).startsWith("Årsrapport 2025");
        assertThat(b.pageText()).contains("Utkast", "Trygghet i Solgårdsområdet", "Åtgärderna i siffror");
        b.check("80-report-draft");

        b.clickAndWait(By.cssSelector("a[href$='/avsnitt/sammanfattning']"));
        b.type("sectionText", " ");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv texten innan du sparar.");
        b.check("81-report-section-errors");

        b.type("sectionText", "Året har handlat om Solgården. Trygghetsvandringarna fortsatte varje månad.");
        b.submit();
        assertThat(b.pageText()).contains("Texten är sparad.", "Trygghetsvandringarna fortsatte varje månad.",
                "Senast sparad av Maria Lindqvist");
        b.logOut();
    }

    @Test
    @Order(2)
    void steeringGroupReadsTheCommentsAndApproves() {
        Browser b = openReport("styrgrupp@sollentuna.example", "Samverkansöverenskommelse Sollentuna 2023–2026",
                "Årsrapport 2025");
        assertThat(b.pageText()).contains("Granskas", "Väntar på godkännande från", "Godkänd av Fatima Haddad");
        b.check("82-report-in-review");

        b.clickAndWait(By.cssSelector("a[href$='/avsnitt/sammanfattning/kommentarer']"));
        assertThat(b.pageText()).contains("Sollentunahems trygghetsmätning");
        b.check("83-report-comments");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv din kommentar.");
        b.type("commentText", "Bra att utbildningen nådde alla enheter.");
        b.submit();
        assertThat(b.pageText()).contains("Kommentaren är sparad.", "Bra att utbildningen nådde alla enheter.");

        b.clickAndWait(By.linkText("Tillbaka till årsrapporten"));
        b.clickAndWait(By.cssSelector("#godkannande button[type=submit]"));
        assertThat(b.pageText()).contains("Ditt godkännande är sparat.", "Godkänd av Oskar Lund");
        b.logOut();
    }

    @Test
    @Order(3)
    void anApprovedReportIsReadAsItWasApproved() {
        Browser b = openReport("samordnare@trelleborg.example", "Samverkansöverenskommelse Trelleborg 2019–2022",
                "Årsrapport 2021");
        assertThat(b.pageText()).contains("Godkänd", "är låst", "Redovisad 2022-03-09, diarienummer KS 2022/88",
                "Pandemin präglade året");
        b.check("84-report-approved");

        b.clickAndWait(By.cssSelector("a[href$='/presentation?mottagare=POLICE_CHIEF']"));
        b.check("85-report-presentation-form");
        b.setDate("presentedOn", "1850-01-01");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        b.clickAndWait(By.linkText("Avbryt"));

        b.clickAndWait(By.linkText("Öppna som ny revision"));
        assertThat(b.heading()).startsWith("Öppna årsrapport 2021");
        b.check("86-report-reopen");
        b.logOut();
    }

    @Test
    @Order(4)
    void thePublishedReportIsReadOnTheMunicipalitysPublicPage() {
        Browser b = openReport("samordnare@trelleborg.example", "Samverkansöverenskommelse Trelleborg 2019–2022",
                "Årsrapport 2022");
        assertThat(b.find(By.id("publicering")).getText()).contains("Rapporten är publicerad");
        b.check("87-report-published");
        b.logOut();

        b.open("/kommuner/trelleborg");
        b.check("88-public-municipality-reports");
        b.clickAndWait(By.partialLinkText("Årsrapport 2022"));
        assertThat(b.heading()).startsWith("Årsrapport 2022");
        assertThat(b.pageText()).contains("Godkänd av alla parter", "Sammanfattning", "Medborgarlöften")
                .doesNotContain("Anders Nilsson", "Logga ut");
        b.check("89-public-report");
    }
}
