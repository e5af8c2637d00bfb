package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverkan.testsupport.ServerTest;

/**
 * The Tranemo coordinator follows up the demo agreement in Chromium: the meetings section of the agreement page →
 * a measure's page → a status update (after fixing the form) → the meeting list → a new meeting → a decision and an
 * action item → marking it done; a steering-group member reads a meeting. Every page is checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingPagesBrowserTest extends BrowserTestSupport {

    private static final String AGREEMENT = "Samverkansöverenskommelse Tranemo 2021–2026";
    private static final String MEASURE = "Trygghetsvandring i Solgården med boende";

    private static String agreementPath;
    private static String meetingPath;

    @Test
    @Order(1)
    void coordinatorRecordsAStatusUpdateOnAMeasure() {
        Browser b = browser();
        b.logIn("samordnare@tranemo.example", demoPassword);
        b.open("/overenskommelser");
        b.clickAndWait(By.linkText(AGREEMENT));
        agreementPath = b.currentPath().replaceAll("#.*$", "");
        assertThat(b.find(By.id("moten")).getText()).contains("Styrgruppsmöten", "Varje månad", "Senaste mötet",
                "Nästa möte", "Öppna åtgärdspunkter", "Försenad");
        b.check("60-agreement-follow-up");

        b.clickAndWait(By.linkText(MEASURE));
        assertThat(b.heading()).isEqualTo(MEASURE);
        assertThat(b.pageText()).contains("90 % klart", "Höstens vandring", "Registrera uppdatering");
        b.check("61-measure-page");

        b.type("percentDone", "120");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText()).contains("mellan 0 och 100",
                "Skriv vad som har hänt");
        b.check("62-measure-update-errors");

        b.type("percentDone", "95");
        b.find(By.xpath("//select[@id='updateStatus']/option[text()='Pågår']")).click();
        b.type("updateComment", "Den nya belysningen vid gångtunneln är på plats. En sista vandring återstår.");
        b.submit();
        assertThat(b.pageText()).contains("Uppdateringen är sparad.", "95 % klart", "gångtunneln är på plats",
                "Maria Lindqvist");
        b.check("63-measure-updated");
    }

    @Test
    @Order(2)
    void coordinatorRecordsAMeetingWithADecisionAndAnActionItem() {
        Browser b = browser();
        b.open(agreementPath + "#moten");
        b.clickAndWait(By.linkText("Alla möten"));
        assertThat(b.heading()).isEqualTo("Styrgruppsmöten");
        assertThat(b.pageText()).contains("Planerat", "Genomfört");
        b.check("64-meeting-list");

        b.clickAndWait(By.linkText("Nytt möte"));
        b.setDate("meetingDate", "");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Ange mötets datum");
        b.check("65-meeting-form-errors");

        LocalDate day = LocalDate.now().minusDays(1);
        b.setDate("meetingDate", day.toString());
        b.type("meetingPlace", "Tranemo kommunhus");
        b.find(By.xpath("//label[starts-with(text(),'Maria Lindqvist')]")).click();
        b.find(By.xpath("//label[starts-with(text(),'Johan Berg')]")).click();
        b.type("agenda", "1. Lägesbild\n2. Extra genomgång av klottret");
        b.check("66-meeting-form");
        b.submit();
        assertThat(b.heading()).isEqualTo("Styrgruppsmöte " + day);
        assertThat(b.pageText()).contains("Mötet är sparat.", "Maria Lindqvist", "Extra genomgång");
        meetingPath = b.currentPath().replaceAll("#.*$", "");

        b.clickAndWait(By.linkText("Lägg till beslut"));
        b.type("decisionText", "Kommunen och polisen sanerar och patrullerar tillsammans vid busstationen.");
        b.find(By.xpath("//select[@id='decisionSubject']//option[text()='Narkotika och stölder']")).click();
        b.check("67-decision-form");
        b.submit();
        assertThat(b.pageText()).contains("Beslutet är sparat.", "Gäller fokusområdet", "Narkotika och stölder");

        b.clickAndWait(By.linkText("Lägg till åtgärdspunkt"));
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv vad som ska göras",
                "Välj vem som ansvarar");
        b.check("68-action-item-form-errors");
        b.type("actionDescription", "Boka saneringsfirma för busstationen");
        b.find(By.xpath("//select[@id='actionOwner']//option[text()='Tranemo kommun']")).click();
        b.submit();
        assertThat(b.pageText()).contains("Åtgärdspunkten är sparad.", "Boka saneringsfirma", "Öppen");
        b.check("69-meeting-show");

        b.clickAndWait(By.xpath("//button[contains(., 'Markera som klar')]"));
        assertThat(b.pageText()).contains("Åtgärdspunkten är markerad som klar.", "Klar " + LocalDate.now());
    }

    @Test
    @Order(3)
    void aSteeringGroupMemberReadsTheMeetingsWithoutWriting() {
        Browser b = browser();
        b.logOut();
        b.logIn("styrgrupp@tranemo.example", demoPassword);
        b.open(meetingPath);
        assertThat(b.pageText()).contains("Narkotika och stölder", "Boka saneringsfirma")
                .doesNotContain("Ändra mötet", "Lägg till beslut", "Markera som klar");
        b.check("70-meeting-show-reader");
        b.open(agreementPath.replaceAll("$", "/moten"));
        b.clickAndWait(By.xpath("(//table//a)[last()]"));
        assertThat(b.pageText()).contains("Beslut", "Åtgärdspunkter");
        b.check("71-demo-meeting-reader");
    }
}
