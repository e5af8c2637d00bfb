package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import se.samverkan.testsupport.ServerTest;

/**
 * A coordinator writes an agreement in Chromium from nothing to a signed document: list → create → focus area →
 * goal → measure → signatories → sign → read it → history. Another municipality's coordinator cannot reach it.
 * Every page is screenshotted and checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgreementPagesBrowserTest extends BrowserTestSupport {

    private static String agreementPath;

    @Test
    @Order(1)
    void coordinatorCreatesAnAgreementAfterFixingTheFormErrors() {
        Browser b = browser();
        b.logIn("samordnare@sollentuna.example", demoPassword);
        b.open("/overenskommelser");
        assertThat(b.heading()).isEqualTo("Samverkansöverenskommelser");
        b.check("20-agreement-list");

        b.clickAndWait(By.linkText("Ny överenskommelse"));
        b.setDate("periodStart", "2027-01-01");
        b.setDate("periodEnd", "2026-01-01");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText())
                .containsSubsequence("Skriv en kort titel", "Välj kommun", "Välj lokalpolisområde", "slutdatum");
        b.check("21-agreement-form-errors");

        b.type("title", "Trygg i Sollentuna 2027–2030");
        b.find(By.xpath("//select[@id='municipalityId']/option[text()='Sollentuna kommun']")).click();
        b.find(By.xpath("//select[@id='policeAreaId']/option[text()='Lokalpolisområde Sollentuna']")).click();
        b.find(By.xpath("//label[text()='Sollentunahem']")).click();
        b.setDate("periodStart", "2027-01-01");
        b.setDate("periodEnd", "2030-12-31");
        b.type("purpose", "Färre brott och fler som känner sig trygga i hela kommunen.");
        b.submit();
        assertThat(b.pageText()).contains("Överenskommelsen är sparad som utkast", "Utkast",
                "Sollentuna kommun, Lokalpolisområde Sollentuna, Sollentunahem");
        agreementPath = b.currentPath().replaceAll("#.*$", "");
        assertThat(agreementPath).matches("/overenskommelser/\\d+");
        b.check("22-agreement-new-draft");
    }

    @Test
    @Order(2)
    void coordinatorAddsFocusAreaGoalAndMeasure() {
        Browser b = browser();
        b.clickAndWait(By.linkText("Lägg till fokusområde"));
        b.type("title", "Trygghet i offentlig miljö");
        b.type("description", "Många upplever centrum som otryggt på kvällarna.");
        b.submit();
        assertThat(b.pageText()).contains("Fokusområdet är sparat.", "Fokusområde 1: Trygghet i offentlig miljö");

        b.clickAndWait(By.xpath("//a[contains(@href,'/mal/ny?fokusomrade=')]"));
        assertThat(b.title()).isEqualTo("Lägg till mål – Samverkan");
        b.check("23-goal-form");
        b.find(By.xpath("//label[text()='Effektmål']")).click();
        b.type("title", "Fler känner sig trygga i centrum");
        b.type("targetValue", "abc");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv målvärdet som ett tal");
        assertThat(b.title()).isEqualTo("Fel: Lägg till mål – Samverkan");
        b.type("targetValue", "75");
        b.type("targetUnit", "%");
        b.submit();
        assertThat(b.pageText()).contains("Målet är sparat.", "Fler känner sig trygga i centrum", "mål: 75 %");

        b.clickAndWait(By.xpath("//a[contains(@href,'/atgarder/ny?fokusomrade=')]"));
        b.type("title", "Kvällsvandringar i centrum");
        b.find(By.cssSelector("#type option[value=SAFETY_WALK]")).click();
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Välj minst en ansvarig part");
        b.check("24-measure-form-errors");
        b.find(By.xpath("//label[text()='Sollentuna kommun']")).click();
        b.find(By.xpath("//label[text()='Fler känner sig trygga i centrum']")).click();
        b.find(By.cssSelector("#status option[value=ONGOING]")).click();
        b.type("place", "Sollentuna centrum");
        b.setDate("startDate", "2027-02-01");
        b.submit();
        assertThat(b.pageText()).contains("Åtgärden är sparad.", "Kvällsvandringar i centrum", "Pågår");
    }

    @Test
    @Order(3)
    void coordinatorRecordsSignatoriesAndSignsTheAgreement() {
        Browser b = browser();
        addSignatory(b, "Eva Lund", "Kommunstyrelsens ordförande", "Sollentuna kommun");
        b.open(agreementPath + "/underteckna");
        assertThat(b.pageText()).contains("Alla parter har inte en undertecknare än");
        b.check("25-sign-not-ready");
        addSignatory(b, "Per Holm", "Lokalpolisområdeschef", "Lokalpolisområde Sollentuna");
        addSignatory(b, "Lena Ek", "Vd", "Sollentunahem");

        b.clickAndWait(By.linkText("Underteckna"));
        b.check("26-sign-confirm");
        b.submit();
        assertThat(b.pageText()).contains("Överenskommelsen är undertecknad och aktiv.", "Aktiv");
        b.check("27-agreement-document");
        b.resize(360, 800);
        b.open(agreementPath);
        b.check("27b-agreement-document-360px");
        assertThat(b.horizontalOverflow()).as("the page scrolls sideways at 360 px because of %s",
                b.overflowingElements()).isZero();
        b.resize(1280, 900);
        b.open(agreementPath + "?lang=en");
        assertThat(b.pageText()).contains("Focus area 1: Trygghet i offentlig miljö", "Impact goals", "Ongoing");
        b.check("27c-agreement-document-english");
        b.open(agreementPath + "?lang=sv");

        b.clickAndWait(By.linkText("Historik"));
        assertThat(b.pageText()).contains("Sara Ekström", "Ändrade status", "Utkast", "Aktiv",
                "Skapade åtgärden ”Kvällsvandringar i centrum”");
        b.check("28-agreement-history");
    }

    @Test
    @Order(4)
    void coordinatorOfAnotherMunicipalityCannotReachTheAgreement() {
        Browser b = browser();
        b.logOut();
        b.logIn("samordnare@trelleborg.example", demoPassword);
        b.open(agreementPath);
        assertThat(b.heading()).isEqualTo("Sidan finns inte");
        b.open(agreementPath + "/historik");
        assertThat(b.heading()).isEqualTo("Sidan finns inte");
        b.open("/overenskommelser");
        assertThat(b.pageText()).doesNotContain("Trygg i Sollentuna 2027–2030");
        b.logOut();
    }

    private void addSignatory(Browser b, String name, String title, String organisation) {
        b.open(agreementPath + "/undertecknare/ny");
        b.type("name", name);
        b.type("jobTitle", title);
        b.find(By.xpath("//select[@id='organisationId']/option[text()='" + organisation + "']")).click();
        b.submit();
        assertThat(b.pageText()).contains("Undertecknaren är sparad.");
    }
}
