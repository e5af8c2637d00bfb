package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import se.samverkan.testsupport.ServerTest;

/**
 * Issue 5's "done when", as a Tranemo coordinator does it in Chromium: the dashboard shows what needs attention → a
 * measure that has gone quiet gets a status update → a steering-group meeting is recorded with a decision → this
 * year's safety-survey value is imported from CSV → the indicator's chart and table and the agreement page show it
 * all. Every page is screenshotted and checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
class FollowUpJourneyBrowserTest extends BrowserTestSupport {

    private static final String SURVEY = "Andel som känner sig otrygga ute sent på kvällen";

    @Test
    void coordinatorFollowsUpFromTheDashboardToTheAgreementPage() {
        Browser b = browser();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String year = String.valueOf(today.getYear());

        b.logIn("samordnare@tranemo.example", demoPassword);
        assertThat(b.currentPath()).isEqualTo("/oversikt");
        assertThat(b.find(By.id("indicators")).getText()).contains("Genomförda trygghetsvandringar i Solgården");
        assertThat(b.find(By.id("meetings")).getText()).contains("Nästa möte");
        b.check("90-journey-dashboard");

        WebElement quietMeasure = b.find(By.cssSelector("#measuresSilent li a"));
        String measureTitle = quietMeasure.getText();
        b.clickAndWait(By.cssSelector("#measuresSilent li a"));
        assertThat(b.heading()).isEqualTo(measureTitle);
        String agreementPath = b.currentPath().replaceAll("/atgarder/.*$", "");
        b.setDate("updateDate", today.toString());
        new Select(b.find(By.id("updateStatus"))).selectByValue("ONGOING");
        b.type("percentDone", "40");
        b.type("updateComment", "Två vandringar till i november med boende och Tranemobostäder.");
        b.submit();
        assertThat(b.pageText()).contains("Uppdateringen är sparad.", "Två vandringar till i november");
        b.check("91-journey-measure-updated");

        // In force, the measure's edit form shows the status the update set and links to the update form.
        b.open(b.currentPath().replaceAll("#.*$", "") + "/redigera");
        assertThat(b.find(By.id("status")).getText()).contains("Pågår", "Registrera uppdatering");
        assertThat(b.find(By.id("status")).getTagName()).isEqualTo("div");
        b.check("91b-journey-measure-edit-status-read-only");

        b.open(agreementPath + "/moten/ny");
        b.setDate("meetingDate", today.toString());
        b.find(By.cssSelector("#attendeeIds input[type=checkbox]")).click();
        b.type("agenda", "1. Lägesbild november\n2. Åtgärder i Solgården");
        b.type("meetingNotes", "Färre anmälningar om skadegörelse i Solgården än i oktober.");
        b.submit();
        assertThat(b.pageText()).contains("Mötet är sparat.");
        String meetingPath = b.currentPath().replaceAll("#.*$", "");
        b.clickAndWait(By.linkText("Lägg till beslut"));
        b.type("decisionText", "Trygghetsvandringarna i Solgården fortsätter varannan vecka under vintern.");
        new Select(b.find(By.id("decisionSubject"))).selectByIndex(1);
        b.submit();
        assertThat(b.pageText()).contains("Beslutet är sparat.", "fortsätter varannan vecka");
        b.check("92-journey-meeting-with-decision");

        b.open(agreementPath + "/indikatorer/import");
        b.type("csvText", "indikator;period;värde;urval;svarsfrekvens;kommentar\n"
                + SURVEY + ";" + year + ";21,5;1320;44;Polisens trygghetsmätning " + year + "\n");
        b.submit();
        assertThat(b.heading()).isEqualTo("Förhandsgranska importen");
        b.check("93-journey-import-preview");
        b.submit();
        assertThat(b.find(By.id("indikatorer")).getText()).contains("Importen är klar");

        b.clickAndWait(By.linkText(SURVEY));
        assertThat(b.find(By.cssSelector("svg[role=img]")).getAttribute("innerHTML")).contains(year);
        assertThat(b.find(By.cssSelector("#varden tbody")).getText()).contains(year, "21,5");
        b.check("94-journey-indicator-chart");

        b.open(agreementPath);
        assertThat(b.find(By.cssSelector(".document-meta")).getText()).contains("Uppföljning", "Indikatorer",
                "Styrgruppsmöten", "Årsrapporter");
        b.find(By.cssSelector(".document-meta a[href='#indikatorer']")).click();
        assertThat(b.find(By.id("indikatorer")).getText()).contains(SURVEY, "21,5");
        assertThat(b.find(By.id("moten")).getText()).contains(today.toString());
        assertThat(b.pageText()).contains(measureTitle);
        b.check("95-journey-agreement-page");
        assertThat(meetingPath).contains("/moten/");
    }
}
