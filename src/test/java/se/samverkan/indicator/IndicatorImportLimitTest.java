package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/**
 * Imports through real Tomcat, where the multipart limits apply: a file over the import's 1 MB, or far over it, or
 * even over the attachments' 20 MB, gets 413 with the import page and its own message, never a 500 or the
 * attachment message.
 */
@ServerTest
class IndicatorImportLimitTest {

    private static final String TOO_LARGE = "Filen är för stor. Den får vara högst 1024 kB";
    private static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    IndicatorFixtures fixtures;
    HttpSession session;
    String importPath;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new IndicatorFixtures(context);
        session = new HttpSession(port);
        session.logIn(fixtures.tranemoEmail, Accounts.PASSWORD);
        importPath = "/overenskommelser/" + fixtures.agreementId + "/indikatorer/import";
    }

    @Test
    void aFileJustOverTheImportLimitGetsTheImportMessage() throws Exception {
        assertTooLarge(postFile(csvOfSize(MEGABYTE + 10)));
    }

    @Test
    void aFileFarOverTheLimitIsNotReadAndGetsTheImportMessage() throws Exception {
        assertTooLarge(postFile(csvOfSize(3 * MEGABYTE)));
    }

    @Test
    void aFileOverTheUploadLimitOfTheWholeApplicationStillGetsTheImportMessage() throws Exception {
        assertTooLarge(postFile(csvOfSize(25 * MEGABYTE)));
    }

    private void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).startsWith("Fel: Importera värden");
        assertThat(page.select("#error-summary").text()).contains(TOO_LARGE, "Inget har sparats");
    }

    private static byte[] csvOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] header = "indikator;period;värde\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** Posts the import form as a browser would: to the form's action (with the token), the file as a part. */
    private HttpResponse<String> postFile(byte[] content) throws Exception {
        Document form = Jsoup.parse(session.get(importPath).body());
        String action = form.selectFirst("main form").attr("action");
        String token = HttpSession.csrfToken(session.get(importPath).body());
        String boundary = "----samverkan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"varden.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + session.sessionId().orElseThrow())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
