package se.samverkan.browser;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: the application's port, the demo password, and one Chromium that the class's
 * ordered tests walk through in turn and that is closed after the last of them. Test classes run one after the
 * other, so one browser at a time is enough.
 */
abstract class BrowserTestSupport {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Value("${samverkan.demo.password}")
    String demoPassword;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        return browser;
    }
}
