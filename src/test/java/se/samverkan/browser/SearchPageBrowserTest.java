package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.testsupport.ServerTest;

/** The search page in Chromium, on the demo agreements: screenshots and zero WCAG 2.1 A/AA violations. */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
class SearchPageBrowserTest {

    @LocalServerPort
    int port;

    @Value("${samverkan.demo.password}")
    String demoPassword;

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void coordinatorSearchesTheAgreements() {
        browser = new Browser("http://localhost:" + port);
        browser.logIn("samordnare@sollentuna.example", demoPassword);

        browser.open("/sok");
        assertThat(browser.heading()).isEqualTo("Sök");
        browser.check("20-search-form");

        browser.type("q", "trygghetsvandringar");
        browser.submit();
        assertThat(browser.pageText()).contains("Trygghetsvandringar i Tureberg och Edsberg",
                "Samverkansöverenskommelse Sollentuna 2023–2026").doesNotContain("Solgården");
        assertThat(browser.find(By.cssSelector(".search-results a")).getAttribute("href"))
                .contains("/overenskommelser/");
        browser.check("21-search-results");
        browser.resize(360, 800);
        browser.check("22-search-results-360px");
        browser.resize(1280, 900);

        browser.type("q", "zebrapassage");
        browser.submit();
        assertThat(browser.pageText()).contains("Inga träffar för ”zebrapassage”.");
        browser.check("23-search-no-results");

        browser.open("/sok?q=" + "trygghet+".repeat(25));
        assertThat(browser.title()).startsWith("Fel: ");
        assertThat(browser.find(By.id("error-summary")).getText()).contains("högst 200 tecken");
        browser.check("24-search-too-long");
        browser.logOut();
    }
}
