package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/**
 * Uploads through real Tomcat, where the multipart limits of application.properties apply (MockMvc has none). A file
 * over 20 MB must end in a 413 page that says so: not a 500, not a 403 from the CSRF check (Tomcat drops the form
 * fields of a refused upload), and not a connection reset while the browser is still sending.
 */
@ServerTest
class AttachmentUploadLimitTest {

    private static final String TOO_LARGE = "Filen är större än 20 MB. Välj en mindre fil eller dela upp den.";
    private static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementReader reader;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    SamverkanUser coordinator;
    String coordinatorEmail;
    long agreementId;
    String uploadPath;

    @BeforeEach
    void setUp() {
        coordinatorEmail = new Accounts(accountService, organisations).create(Role.COORDINATOR, "sollentuna");
        coordinator = (SamverkanUser) users.loadUserByUsername(coordinatorEmail);
        agreementId = agreements.create(coordinator, new AgreementCommand("Storleksgränsen i Sollentuna",
                id("sollentuna"), id("lpo-sollentuna"), Set.of(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2030, 12, 31), null, null, null, 0));
        uploadPath = "/overenskommelser/" + agreementId + "/bilagor/ny";
    }

    @Test
    void aSmallPdfGoesThroughTheRealFormAndComesBack() throws Exception {
        HttpSession session = loggedIn(coordinatorEmail);
        byte[] pdf = AttachmentSamples.pdf();

        HttpResponse<String> response = postForm(session, "Överenskommelse.pdf", pdf);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/overenskommelser/" + agreementId + "#bilagor"));
        long id = reader.document(coordinator, agreementId).attachments().get(0).id();
        HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(url("/overenskommelser/" + agreementId
                        + "/bilagor/" + id)).header("Cookie", cookie(session)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(ContentDisposition.parse(download.headers().firstValue("Content-Disposition").orElseThrow())
                .getFilename()).isEqualTo("Överenskommelse.pdf");
    }

    @Test
    void aFileJustOverTheLimitGets413AndTheUploadPageWithTheMessage() throws Exception {
        // The whole request stays under max-request-size: Tomcat stops at max-file-size while reading the file.
        HttpResponse<String> response = postForm(loggedIn(coordinatorEmail), "stor.pdf",
                AttachmentSamples.pdfOfSize(20 * MEGABYTE + 1));

        assertTooLargeOnTheUploadPage(response);
    }

    @Test
    void aRequestOverTheLimitGets413AndTheUploadPageWithTheMessage() throws Exception {
        // Over max-request-size: refused from the Content-Length alone, and the body is read and dropped.
        HttpResponse<String> response = postForm(loggedIn(coordinatorEmail), "storre.pdf",
                AttachmentSamples.pdfOfSize(21 * MEGABYTE));

        assertTooLargeOnTheUploadPage(response);
    }

    @Test
    void aMuchLargerFileStillGetsTheAnswerInsteadOfAResetConnection() throws Exception {
        HttpResponse<String> response = postForm(loggedIn(coordinatorEmail), "film.pdf",
                AttachmentSamples.pdfOfSize(60 * MEGABYTE));

        assertTooLargeOnTheUploadPage(response);
    }

    @Test
    void someoneWhoMayNotChangeTheAgreementGetsTheErrorPageWithoutItsTitle() throws Exception {
        String stranger = new Accounts(accountService, organisations).create(Role.COORDINATOR, "trelleborg");
        HttpSession session = loggedIn(stranger);
        // The stranger cannot open the upload page, so the token comes from a page the stranger may see.
        String token = HttpSession.csrfToken(session.get("/konto/losenord").body());

        HttpResponse<String> response = post(session, uploadPath + "?_csrf=" + token, token, "stor.pdf",
                AttachmentSamples.pdfOfSize(21 * MEGABYTE));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains(TOO_LARGE).doesNotContain("Storleksgränsen i Sollentuna");
    }

    private void assertTooLargeOnTheUploadPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Fel: Ladda upp bilaga – Samverkan");
        assertThat(page.select("#error-summary a[href=#file]").text()).isEqualTo(TOO_LARGE);
        assertThat(page.select("#file-error").text()).contains(TOO_LARGE);
        assertThat(page.select("nav.breadcrumbs").text()).contains("Storleksgränsen i Sollentuna");
        assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
    }

    /** Posts the upload form as a browser would: to the form's action, with its hidden token and both fields. */
    private HttpResponse<String> postForm(HttpSession session, String filename, byte[] content) throws Exception {
        Document form = Jsoup.parse(session.get(uploadPath).body());
        String action = form.selectFirst("main form").attr("action");
        String token = form.selectFirst("main form input[name=_csrf]").attr("value");
        return post(session, action, token, filename, content);
    }

    private HttpResponse<String> post(HttpSession session, String path, String token, String filename,
                                      byte[] content) throws Exception {
        String boundary = "----samverkan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        body.writeBytes(field(boundary, "_csrf", token));
        body.writeBytes(field(boundary, "kind", "SIGNED_AGREEMENT"));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Cookie", cookie(session))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        // A reset connection would throw an IOException here instead of giving a response.
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpSession loggedIn(String email) throws Exception {
        HttpSession session = new HttpSession(port);
        assertThat(session.logIn(email, Accounts.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/oversikt"));
        return session;
    }

    private static String cookie(HttpSession session) {
        return "JSESSIONID=" + session.sessionId().orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long id(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }
}
