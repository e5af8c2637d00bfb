package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverkan.testsupport.PdfFigures;
import se.samverkan.testsupport.ServerTest;

/**
 * Issue 6's "done when" in Chromium on the demo data: Sollentuna's coordinator opens the 2025 report (in review)
 * and writes the summary, which clears the approval already given; a steering-group member of each party
 * (municipality, police area, Sollentunahem) comments and approves, and the report is frozen; the PDF downloads
 * and holds every focus area, each indicator's status and its chart; then a measure is renamed and the report page
 * and the PDF stay as they were approved. Every page is screenshotted and checked with axe-core.
 *
 * <p>It approves the demo's Sollentuna report for good, so it runs after the test classes that read the demo as
 * loaded ({@code junit-platform.properties} orders classes by {@link Order}).
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@Order(Integer.MAX_VALUE)
class AnnualReportJourneyBrowserTest extends BrowserTestSupport {

    private static final String AGREEMENT = "Samverkansöverenskommelse Sollentuna 2023–2026";
    private static final String SUMMARY = "Året 2025 i korthet: fler samtal med unga på väg in i kriminalitet, "
            + "utbildning om våld i nära relationer i hela socialtjänsten och en lägesbild varje vecka.";
    /** What the report says, without the parts that change around it (history, banners, actions). */
    private static final String REPORT_PARTS = "#sammanfattning-avsnitt, #atgarder-i-siffror, "
            + "section[id^=fokusomrade-], #overgripande, #medborgarloften, #moten, #lagesbilder, #godkannande";

    @Test
    void theSteeringGroupApprovesAndTheApprovedReportStaysAsItWas() {
        Browser b = browser();

        // The coordinator opens the report from the agreement page and writes the summary.
        b.logIn("samordnare@sollentuna.example", demoPassword);
        // Filtered to the report's year, as other tests add agreements of later years to the shared database.
        b.open("/overenskommelser?ar=2025");
        b.clickAndWait(By.linkText(AGREEMENT));
        String agreementPath = b.currentPath().replaceAll("[#?].*$", "");
        b.clickAndWait(By.linkText("Årsrapport 2025"));
        String reportPath = b.currentPath().replaceAll("[#?].*$", "");
        assertThat(b.pageText()).contains("Granskas", "Styrgruppens möten", "Lägesbilder");
        b.check("100-report-journey-in-review");
        b.clickAndWait(By.cssSelector("a[href$='/avsnitt/sammanfattning']"));
        assertThat(b.pageText()).contains("Sparar du en ändrad text tas godkännandena bort");
        b.check("101-report-journey-summary-form");
        b.type("sectionText", SUMMARY);
        b.submit();
        assertThat(b.pageText()).contains("togs godkännandena bort", SUMMARY);
        assertThat(b.find(By.id("godkannande")).getText()).doesNotContain("Godkänd av");
        b.check("102-report-journey-summary-saved");
        b.logOut();

        // A steering-group member of each party comments on the summary and approves.
        List<String> members = List.of("styrgrupp@sollentuna.example", "styrgrupp.polis@sollentuna.example",
                "styrgrupp@sollentunahem.example");
        for (int i = 0; i < members.size(); i++) {
            b.logIn(members.get(i), demoPassword);
            b.open(reportPath);
            assertThat(b.pageText()).contains(SUMMARY);
            b.clickAndWait(By.cssSelector("a[href$='/avsnitt/sammanfattning/kommentarer']"));
            b.type("commentText", "Läst och godkänt, kommentar " + (i + 1) + ".");
            b.submit();
            assertThat(b.pageText()).contains("Kommentaren är sparad.");
            b.check("10" + (3 + 2 * i) + "-report-journey-comment-" + (i + 1));
            b.clickAndWait(By.linkText("Tillbaka till årsrapporten"));
            b.clickAndWait(By.cssSelector("#godkannande button[type=submit]"));
            assertThat(b.pageText()).contains(i < members.size() - 1 ? "Ditt godkännande är sparat."
                    : "Alla parter har godkänt. Rapporten är godkänd och låst.");
            b.check("10" + (4 + 2 * i) + "-report-journey-approved-" + (i + 1));
            b.logOut();
        }

        // The coordinator reads the approved report and downloads the PDF.
        b.logIn("samordnare@sollentuna.example", demoPassword);
        b.open(reportPath);
        assertThat(b.pageText()).contains("Godkänd", "Godkänd av Oskar Lund", "Godkänd av Fatima Haddad",
                "Godkänd av Elias Wikström");
        b.check("109-report-journey-frozen");
        List<String> before = b.texts(By.cssSelector(REPORT_PARTS));
        List<String> areas = b.texts(By.cssSelector("section[id^=fokusomrade-] > h2"));
        List<String> indicators = b.texts(By.cssSelector(".report-indicator h4"));
        List<String> statuses = b.texts(By.cssSelector(".report-goals .tag"));
        assertThat(areas).isNotEmpty();
        assertThat(indicators).isNotEmpty();
        assertThat(statuses).hasSameSizeAs(indicators);
        String pdfPath = b.find(By.cssSelector("a[href*='.pdf']")).getDomAttribute("href");
        PdfContent pdf = read(b.download(pdfPath));
        assertThat(pdf.text()).contains("Årsrapport 2025", normalized(SUMMARY));
        areas.forEach(area -> assertThat(pdf.text()).contains(normalized(area)));
        indicators.forEach(name -> assertThat(pdf.text()).contains(normalized(name)));
        statuses.forEach(status -> assertThat(pdf.text()).contains(status));
        indicators.forEach(name -> assertThat(pdf.figures()).anySatisfy(alt ->
                assertThat(alt).startsWith("Diagram: " + name)));

        // A measure of the agreement is renamed; the approved report and its PDF do not change.
        b.open(agreementPath);
        b.clickAndWait(By.cssSelector("a[href*='/atgarder/'][href$='/redigera']"));
        String oldTitle = b.find(By.id("title")).getDomProperty("value");
        b.type("title", oldTitle + " (nytt namn)");
        b.submit();
        assertThat(b.pageText()).contains(oldTitle + " (nytt namn)");
        b.check("110-report-journey-measure-renamed");
        b.open(reportPath);
        b.check("111-report-journey-unchanged");
        assertThat(b.texts(By.cssSelector(REPORT_PARTS))).isEqualTo(before);
        assertThat(b.pageText()).doesNotContain(oldTitle + " (nytt namn)");
        assertThat(read(b.download(pdfPath)).text()).isEqualTo(pdf.text());
        b.logOut();
    }

    private record PdfContent(String text, List<String> figures) {
    }

    private static PdfContent read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Files.write(Browser.SCREENSHOTS.resolve("report-journey.pdf"), bytes);
            return new PdfContent(normalized(new PDFTextStripper().getText(pdf)), PdfFigures.altTexts(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
