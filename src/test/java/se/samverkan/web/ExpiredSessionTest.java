package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/** A form sent after the session ended is answered with the login page and a message, not "no permission". */
@ServerTest
class ExpiredSessionTest {

    @LocalServerPort
    int port;

    @Value("${samverkan.demo.password}")
    String demoPassword;

    @Test
    void aFormSentWithAnExpiredSessionLeadsToLoginWithAnExplanation() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/overenskommelser/1/fokusomraden/ny"))
                .header("Cookie", "JSESSIONID=ENDED0000000000000000000000000")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=Mitt+arbete&_csrf=old-token")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");

        HttpResponse<String> login = new HttpSession(port).get("/login?expired");
        assertThat(login.body()).contains("Din session har gått ut").doesNotContain(";jsessionid");
    }

    @Test
    void aLoggedInFormWithoutItsTokenIsStillForbidden() throws Exception {
        HttpSession session = new HttpSession(port);
        session.logIn("samordnare@tranemo.example", demoPassword);
        HttpResponse<String> response = session.post("/overenskommelser/ny", java.util.Map.of("title", "Utan token"));
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
