package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/** Over real HTTP, where Tomcat's error dispatch renders the error page (MockMvc stops at the status). */
@ServerTest
class PublicErrorPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "/medborgarloften?kommun=finns-inte, 400, Felaktig begäran",
            "/medborgarloften?ar=abc, 400, Felaktig begäran",
            "/medborgarloften?ar=99999, 400, Felaktig begäran",
            "/medborgarloften/tranemo/finns-inte, 404, Sidan finns inte",
            "/kommuner/lpo-tranemo, 404, Sidan finns inte"})
    void badAddressesGetTheSwedishErrorPageWithoutLoginOrStackTrace(String path, int status, String heading)
            throws Exception {
        HttpResponse<String> response = new HttpSession(port).get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(heading);
        assertThat(response.body()).doesNotContain("Exception", "at se.samverkan");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
