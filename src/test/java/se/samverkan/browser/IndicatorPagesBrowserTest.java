package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import se.samverkan.testsupport.ServerTest;

/**
 * A Tranemo coordinator follows up indicators in Chromium: the agreement's indicators → a demo indicator's page with
 * its chart (also at 360 px) → a new indicator after fixing the form errors → a value → its correction and removal →
 * an import with a rejected row, previewed and confirmed → a refused import. Every page is screenshotted and checked
 * with axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorPagesBrowserTest extends BrowserTestSupport {

    private static final String NAME = "Bilbränder i Solgården " + System.nanoTime() % 100000;

    private static String agreementPath;
    private static String indicatorPath;

    @Test
    @Order(1)
    void theAgreementPageListsTheIndicatorsAndOneShowsItsChart() {
        Browser b = browser();
        b.logIn("samordnare@tranemo.example", demoPassword);
        b.clickAndWait(By.linkText("Överenskommelser"));
        b.clickAndWait(By.linkText("Samverkansöverenskommelse Tranemo 2021–2026"));
        agreementPath = b.currentPath().replaceAll("#.*$", "");
        assertThat(b.find(By.id("indikatorer")).getText()).contains("Indikatorer",
                "Andel som känner sig otrygga ute sent på kvällen", "Anmälda narkotikabrott per 100 000 invånare",
                "På väg mot målet", "Importera värden");
        b.check("60-agreement-with-indicators");

        b.clickAndWait(By.linkText("Anmälda narkotikabrott per 100 000 invånare"));
        assertThat(b.heading()).isEqualTo("Anmälda narkotikabrott per 100 000 invånare");
        assertThat(b.find(By.cssSelector("svg[role=img]")).isDisplayed()).isTrue();
        assertThat(b.pageText()).contains("160,5", "19 / 11840", "Till målet");
        b.check("61-indicator-page");

        b.resize(360, 800);
        assertThat(b.horizontalOverflow()).isZero();
        b.check("62-indicator-page-360px");
        b.resize(1280, 900);
    }

    @Test
    @Order(2)
    void coordinatorAddsAnIndicatorAfterFixingTheFormErrors() {
        Browser b = browser();
        b.open(agreementPath + "/indikatorer/ny");
        b.find(By.xpath("//label[text()='En plats']")).click();
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText()).contains("Skriv vad indikatorn mäter",
                "Skriv namnet på området eller platsen", "Välj minst ett mål");
        b.check("63-indicator-form-errors");

        b.type("indicatorName", NAME);
        b.type("indicatorUnit", "antal");
        new Select(b.find(By.id("indicatorSource"))).selectByValue("EST_INCIDENTS");
        b.find(By.xpath("//label[text()='Lägre är bättre']")).click();
        b.type("placeName", "Solgården");
        b.find(By.xpath("//label[text()='En gång per kvartal']")).click();
        b.type("indicatorBaseline", "6");
        b.type("indicatorBaselinePeriod", "2024-K4");
        b.type("indicatorTarget", "2");
        b.type("indicatorTargetPeriod", "2026-K4");
        b.find(By.cssSelector("#indicatorGoals input[type=checkbox]")).click();
        b.submit();
        assertThat(b.pageText()).contains("Indikatorn är sparad.", NAME, "Inga värden är inlagda ännu.");
        indicatorPath = b.currentPath().replaceAll("#.*$", "");
        b.check("64-indicator-new-without-values");
    }

    @Test
    @Order(3)
    void coordinatorAddsCorrectsAndRemovesAValue() {
        Browser b = browser();
        b.open(indicatorPath);
        b.clickAndWait(By.cssSelector(".page-actions a.button"));
        b.type("valuePeriod", "2025-K1");
        b.type("measuredValue", "5");
        b.type("crimeCount", "3");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("antingen ett värde eller antal");
        b.check("65-value-form-errors");
        b.type("crimeCount", "");
        b.submit();
        assertThat(b.pageText()).contains("Värdet är sparat.");

        b.clickAndWait(By.linkText("Ändra"));
        assertThat(b.heading()).isEqualTo("Ändra värdet för kvartal 1 2025");
        b.check("66-value-edit");
        b.type("measuredValue", "4");
        b.submit();
        assertThat(b.find(By.cssSelector("#varden tbody")).getText()).contains("kvartal 1 2025", "4");

        b.clickAndWait(By.linkText("Ta bort"));
        b.check("67-value-remove");
        b.clickAndWait(By.cssSelector("main form.form button[type=submit]"));
        assertThat(b.pageText()).contains("Värdet är borttaget.");
    }

    @Test
    @Order(4)
    void coordinatorImportsValuesAfterAPreview() {
        Browser b = browser();
        b.open(agreementPath + "/indikatorer/import");
        b.check("68-import-form");
        b.type("csvText", "indikator;period;värde;kommentar\n" + NAME + ";2025-K2;5;Från lägesbilden\n"
                + NAME + ";2025-K3;4;\n" + NAME + ";2025;3;Fel period\n");
        b.submit();
        assertThat(b.heading()).isEqualTo("Förhandsgranska importen");
        assertThat(b.pageText()).contains("2 rader kan sparas och 1 rad har fel", "”2025” är inte ett kvartal");
        b.check("69-import-preview");
        b.submit();
        assertThat(b.find(By.id("indikatorer")).getText()).contains("Importen är klar: 2 nya värden");
        b.check("70-import-done");

        b.open(indicatorPath);
        assertThat(b.find(By.cssSelector("#varden tbody")).getText()).contains("kvartal 3 2025", "kvartal 2 2025");
        b.check("71-indicator-with-imported-values");

        b.open(agreementPath + "/indikatorer/import");
        b.type("csvText", "fel;rubriker\n1;2\n");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Första raden måste ha kolumnernas namn");
        b.check("72-import-refused");
    }
}
