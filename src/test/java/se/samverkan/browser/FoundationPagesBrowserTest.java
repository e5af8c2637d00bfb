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
 * Every page of the foundation as a person sees it in Chromium: screenshots in target/screenshots/ and
 * zero WCAG 2.1 A/AA violations reported by axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationPagesBrowserTest extends BrowserTestSupport {

    @Test
    @Order(1)
    void anonymousVisitorSeesLoginPageAndAFailedLoginExplainsWhatToDo() {
        Browser b = browser();
        b.open("/oversikt");
        assertThat(b.currentPath()).startsWith("/login");
        assertThat(b.title()).isEqualTo("Logga in – Samverkan");
        b.check("01-login");

        b.logIn("samordnare@tranemo.example", "not-the-password");
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText()).contains("Inloggningen misslyckades");
        b.check("02-login-failed");
    }

    @Test
    @Order(2)
    void coordinatorLogsInAndUsesOwnAccountPages() {
        Browser b = browser();
        b.logIn("samordnare@tranemo.example", demoPassword);
        assertThat(b.currentPath()).isEqualTo("/oversikt");
        assertThat(b.pageText()).contains("Maria Lindqvist", "Tranemo kommun", "Medborgarlöften att rapportera om",
                "Årsrapporter att ta fram");
        assertThat(b.pageText()).doesNotContain("Organisationer");
        b.check("03-overview-coordinator");

        b.resize(360, 800);
        b.check("04-overview-360px");
        b.resize(1280, 900);

        b.open("/konto");
        assertThat(b.heading()).isEqualTo("Mitt konto");
        b.check("05-own-account");

        b.open("/konto/losenord");
        b.type("currentPassword", demoPassword);
        b.type("newPassword", "kort");
        b.type("newPasswordConfirmation", "annat");
        b.submit();
        assertThat(b.title()).startsWith("Fel: ");
        assertThat(b.find(By.id("error-summary")).getText()).contains("minst 12");
        b.check("06-change-password-errors");
    }

    @Test
    @Order(3)
    void coordinatorGetsClearPagesForForbiddenAndMissingPages() {
        Browser b = browser();
        b.open("/admin/organisationer");
        assertThat(b.heading()).isEqualTo("Du har inte behörighet");
        b.check("07-error-403");

        b.open("/finns-inte");
        assertThat(b.heading()).isEqualTo("Sidan finns inte");
        b.check("08-error-404");

        b.open("/admin/anvandare/abc/redigera");
        assertThat(b.heading()).isEqualTo("Du har inte behörighet");

        b.open("/oversikt?lang=en");
        assertThat(b.heading()).isEqualTo("Overview");
        b.check("09-overview-english");
        b.open("/oversikt?lang=sv");
        assertThat(b.heading()).isEqualTo("Översikt");

        b.logOut();
        assertThat(b.currentPath()).isEqualTo("/login?logout");
        assertThat(b.pageText()).contains("Du är utloggad.");
    }

    @Test
    @Order(4)
    void adminManagesOrganisationsAndAccounts() {
        Browser b = browser();
        b.logIn("admin@samverkan.example", demoPassword);
        b.open("/admin/organisationer");
        assertThat(b.pageText()).contains("Tranemo kommun", "Lokalpolisområde Trelleborg", "Sollentunahem");
        b.check("10-organisation-list");

        b.open("/admin/organisationer/ny");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText()).contains("Ange ett namn", "Välj vilken typ");
        b.check("11-organisation-form-errors");

        b.type("name", "Grannsamverkan Väst");
        b.find(By.cssSelector("#kind option[value=PARTNER]")).click();
        b.submit();
        assertThat(b.pageText()).contains("Organisationen är sparad.", "Grannsamverkan Väst", "grannsamverkan-vast");

        b.clickAndWait(By.xpath("//tr[td[text()='Grannsamverkan Väst']]//a[contains(@href,'redigera')]"));
        assertThat(b.heading()).isEqualTo("Ändra organisation");
        b.check("12-organisation-edit");

        b.open("/admin/anvandare");
        b.check("13-account-list");

        b.open("/admin/anvandare/ny");
        b.type("email", "ny.samordnare@tranemo.example");
        b.type("displayName", "Elin Ström");
        b.type("newPassword", "demo1234");
        b.type("newPasswordConfirmation", "demo1234");
        b.submit();
        assertThat(b.find(By.id("error-summary")).getText())
                .contains("Välj en organisation", "Välj en roll", "minst 12");
        assertThat(b.find(By.id("email")).getAttribute("value")).isEqualTo("ny.samordnare@tranemo.example");
        b.check("14-account-create-errors");

        b.find(By.xpath("//select[@id='organisationId']/option[text()='Tranemo kommun']")).click();
        b.find(By.cssSelector("#role option[value=READER]")).click();
        b.type("newPassword", "fyra ord som håller länge");
        b.type("newPasswordConfirmation", "fyra ord som håller länge");
        b.submit();
        assertThat(b.pageText()).contains("Användaren är sparad.");
        assertThat(b.heading()).isEqualTo("Elin Ström");
        b.check("15-account-edit");

        b.clickAndWait(By.linkText("Sätt nytt lösenord"));
        b.check("16-account-set-password");
        b.logOut();
    }
}
