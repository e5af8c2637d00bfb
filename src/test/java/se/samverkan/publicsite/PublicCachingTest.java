package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.account.Role;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/** Over real HTTP, so that Tomcat's filter mapping, Spring Security's header writer and sessions all take part. */
@ServerTest
class PublicCachingTest extends FixtureBase {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void publicResponsesAreRevalidatedWithAnEtagAndOpenNoSession() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Cachat löfte"));
        for (String path : new String[] {"/", "/medborgarloften", "/medborgarloften?kommun=tranemo", pledge.path(),
                "/kommuner/tranemo", "/oppna-data", "/tillganglighet", "/medborgarloften.atom",
                "/kommuner/tranemo/medborgarloften.atom", "/oppna-data/medborgarloften.json",
                "/oppna-data/medborgarloften.csv"}) {
            HttpResponse<String> first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().allValues("Cache-Control")).as(path).containsExactly("public, no-cache");
            assertThat(first.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(first.headers().allValues("Vary")).as(path).anyMatch(vary -> vary.contains("Cookie"));
            assertThat(first.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("ETag on " + path));

            HttpResponse<String> second = get(path, etag);
            assertThat(second.statusCode()).as(path).isEqualTo(304);
            assertThat(second.body()).isEmpty();
        }
    }

    @Test
    void aNewUpdateChangesTheEtagSoTheNextRequestSeesIt() throws Exception {
        PledgeFixtures fixtures = fixtures();
        PledgeFixtures.Made pledge = fixtures.published(PledgeFixtures.unique("Nytt på gång"));
        String etag = get(pledge.path(), null).headers().firstValue("ETag").orElseThrow();
        fixtures.update(pledge, "Ny lägesrapport om trapphusen.", CommitmentStatus.ONGOING);

        HttpResponse<String> after = get(pledge.path(), etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Ny lägesrapport om trapphusen.");
    }

    @Test
    void staffPagesStayNoStore() throws Exception {
        HttpSession staff = new HttpSession(port);
        staff.logIn(new Accounts(accountService, organisationService).create(Role.READER, "tranemo"),
                Accounts.PASSWORD);
        assertThat(staff.get("/oversikt").headers().allValues("Cache-Control"))
                .anyMatch(value -> value.contains("no-store"));
        assertThat(staff.get("/medborgarloften/tranemo/finns-inte").headers().allValues("Cache-Control"))
                .as("a signed-in visitor's error page shows their name and is not stored")
                .anyMatch(value -> value.contains("no-store"));
    }

    @Test
    void anAnonymous404IsNotAnEtaggedPage() throws Exception {
        HttpResponse<String> missing = get("/kommuner/finns-inte", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(missing.body()).contains("Sidan finns inte");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
