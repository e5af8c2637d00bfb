package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverkan.testsupport.ServerTest;

/**
 * A Tranemo coordinator works with situational pictures in Chromium: the list → a demo picture → a new picture after
 * fixing the form errors → a hotspot (errors, saved, changed, removal asked) → citing a focus area → the trend → the
 * agreement and pledge pages that show the picture. Every page is screenshotted and checked with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SituationPagesBrowserTest extends BrowserTestSupport {

    /** A quarter long ago, so that it is free whatever the demo and other tests made. */
    private static final int YEAR = 1950 + ThreadLocalRandom.current().nextInt(40);

    private static String picturePath;

    @Test
    @Order(1)
    void coordinatorReadsTheListAndADemoPicture() {
        Browser b = browser();
        b.logIn("samordnare@tranemo.example", demoPassword);
        b.clickAndWait(By.linkText("Lägesbilder"));
        assertThat(b.heading()).isEqualTo("Lägesbilder");
        b.check("70-situation-list");
        b.find(By.xpath("//select[@id='typ']/option[text()='Månad']")).click();
        b.clickAndWait(By.cssSelector("form.filter button[type=submit]"));
        assertThat(b.pageText()).contains("Lokalpolisområde Tranemo, Tranemo kommun");

        b.clickAndWait(By.cssSelector("table.table tbody tr:first-child a"));
        assertThat(b.heading()).startsWith("Lägesbild ").endsWith(", Tranemo kommun");
        assertThat(b.pageText()).contains("Solgårdsområdet", "Narkotika", "Används som underlag för",
                "Trygghet i Solgårdsområdet", "Trygghetsvandring i Solgården med boende");
        b.check("71-situation-demo-picture");
    }

    @Test
    @Order(2)
    void coordinatorCompilesAPictureAfterFixingTheFormErrors() {
        Browser b = browser();
        b.open("/lagesbilder/ny");
        b.check("72-situation-form");
        b.find(By.id("pictureSummary")).clear();
        b.setDate("pictureDate", "");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText())
                .contains("Ange en dag i perioden", "Skriv en sammanfattning");
        b.check("73-situation-form-errors");

        b.find(By.xpath("//label[text()='Kvartal']")).click();
        b.setDate("pictureDate", YEAR + "-02-14");
        b.type("pictureSummary", "Anmälan om 811218-9876 vid torget.");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("personnummer");

        b.type("pictureSummary", "Skadegörelse vid busstationen och stök i centrum på helgerna.");
        b.submit();
        assertThat(b.pageText()).contains("Lägesbilden är sparad", "K1 " + YEAR,
                YEAR + "-01-01 – " + YEAR + "-03-31", "Lägesbilden har inga platser ännu.");
        picturePath = b.currentPath().replaceAll("#.*$", "");
        assertThat(picturePath).matches("/lagesbilder/\\d+");
        b.check("74-situation-new-picture");
    }

    @Test
    @Order(3)
    void coordinatorAddsChangesAndIsAskedBeforeRemovingAHotspot() {
        Browser b = browser();
        b.open(picturePath);
        b.clickAndWait(By.cssSelector(".page-actions + dl ~ section a.button, #platser a.button"));
        b.type("latitude", "59,91");
        b.type("longitude", "10,75");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText())
                .contains("Ange platsen", "Välj en kategori", "Ange antalet händelser", "Longituden ligger utanför");
        b.check("75-hotspot-form-errors");

        b.type("hotspotPlace", "Busstationen");
        b.find(By.xpath("//select[@id='hotspotCategory']/option[text()='Skadegörelse']")).click();
        b.type("incidentCount", "5");
        b.type("latitude", "57,4842");
        b.type("longitude", "13,3531");
        b.type("hotspotActions", "Bättre belysning och klotter bort inom ett dygn.");
        b.submit();
        assertThat(b.pageText()).contains("Platsen är sparad.", "Busstationen", "57,4842 N, 13,3531 E",
                "Ingen jämförelse");
        b.check("76-situation-with-hotspot");

        b.clickAndWait(By.cssSelector("#platser .part-actions a:first-child"));
        assertThat(b.heading()).isEqualTo("Ändra platsen");
        b.check("77-hotspot-edit");
        b.type("incidentCount", "6");
        b.submit();
        assertThat(b.pageText()).contains("Platsen är sparad.");

        b.clickAndWait(By.cssSelector("#platser .part-actions a:last-child"));
        assertThat(b.pageText()).contains("Vill du ta bort ”Busstationen”?");
        b.check("78-hotspot-remove");
        b.clickAndWait(By.linkText("Avbryt"));
        assertThat(b.pageText()).contains("Busstationen");
    }

    @Test
    @Order(4)
    void coordinatorCitesTheAgreementsFocusAreaAndSeesItOnTheAgreementPage() {
        Browser b = browser();
        b.open(picturePath);
        b.find(By.xpath("//select[@id='citation']/option[starts-with(text(),'Unga och trygghet i skolan "
                + "(Samverkansöverenskommelse Tranemo 2021–2026')]")).click();
        b.clickAndWait(By.cssSelector("form.citation-form button[type=submit]"));
        assertThat(b.pageText()).contains("Kopplingen är sparad.", "Fokusområde: Unga och trygghet i skolan");
        b.check("79-situation-cited");

        b.clickAndWait(By.linkText("Unga och trygghet i skolan"));
        assertThat(b.find(By.id("lagesbilder")).getText()).contains("Bygger på lägesbilder",
                "Lägesbild K1 " + YEAR + ", Tranemo kommun");
        b.check("80-agreement-situation-panel");
    }

    @Test
    @Order(5)
    void theTrendShowsAPlaceAcrossTheMonths() {
        Browser b = browser();
        b.open("/lagesbilder");
        b.clickAndWait(By.linkText("Utvecklingen över tid"));
        assertThat(b.pageText()).contains("Välj en plats, en kategori eller båda");
        b.check("81-situation-trend-empty");
        b.find(By.xpath("//select[@id='plats']/option[text()='Solgårdsområdet']")).click();
        b.find(By.xpath("//select[@id='kategori']/option[text()='Narkotika']")).click();
        b.clickAndWait(By.cssSelector("form.filter button[type=submit]"));
        assertThat(b.heading()).isEqualTo("Utvecklingen över tid: Solgårdsområdet, Narkotika");
        assertThat(b.pageText()).contains("Minskar");
        b.check("82-situation-trend");
    }

    @Test
    @Order(6)
    void anAdministratorChoosesTheMunicipalityFirst() {
        Browser b = browser();
        b.logOut();
        b.logIn("admin@samverkan.example", demoPassword);
        b.open("/lagesbilder/ny");
        assertThat(b.heading()).isEqualTo("Ny lägesbild");
        b.check("83-situation-choose-municipality");
        b.find(By.xpath("//select[@id='kommun']/option[text()='Sollentuna kommun']")).click();
        b.submit();
        assertThat(b.heading()).isEqualTo("Ny lägesbild för Sollentuna kommun");
        assertThat(b.pageText()).contains("Lokalpolisområde Sollentuna", "Sollentunahem");
    }
}
