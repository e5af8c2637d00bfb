package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.account.Role;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/**
 * The public pages kept in memory, over real HTTP. That a hit needs no database is shown by changing a row behind the
 * application's back (no event, so the cache is not cleared): the cached page keeps the old text. With the database
 * stopped altogether it is shown in {@code web.DatabaseOutageTest}.
 */
@ServerTest
class PublicPageCacheTest extends FixtureBase {

    @LocalServerPort
    int port;

    @Autowired
    PublicPageCache cache;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void clearCache() {
        cache.clear();
    }

    @Test
    void aHitIsServedFromMemoryWithoutReadingTheDatabase() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Minnesvärt löfte"));
        HttpResponse<String> first = get(pledge.path(), Map.of());
        assertThat(first.body()).contains("Minnesvärt löfte");
        renameBehindTheApplicationsBack(pledge, "Ändrat i databasen");

        HttpResponse<String> hit = get(pledge.path(), Map.of());
        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.body()).as("served from memory").isEqualTo(first.body()).doesNotContain("Ändrat i databasen");
        assertThat(hit.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(hit.headers().firstValue("Content-Security-Policy"))
                .as("Spring Security's headers are kept with the page").isPresent()
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(hit.headers().allValues("Cache-Control")).containsExactly("public, no-cache");
        assertThat(hit.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> notModified = get(pledge.path(),
                Map.of("If-None-Match", first.headers().firstValue("ETag").orElseThrow()));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        cache.clear();
        assertThat(get(pledge.path(), Map.of()).body()).contains("Ändrat i databasen");
    }

    @Test
    void aProgressUpdateOrAPublicationShowsAtOnce() throws Exception {
        PledgeFixtures fixtures = fixtures();
        PledgeFixtures.Made pledge = fixtures.published(PledgeFixtures.unique("Snabbt besked"));
        String feed = "/kommuner/tranemo/medborgarloften.atom";
        get(pledge.path(), Map.of());
        get(feed, Map.of());

        fixtures.update(pledge, "Belysningen är uppsatt vid stationen.", CommitmentStatus.DONE);
        assertThat(get(pledge.path(), Map.of()).body()).contains("Belysningen är uppsatt vid stationen.");

        PledgeFixtures.Made another = fixtures.published(PledgeFixtures.unique("Ännu ett löfte"));
        assertThat(get(feed, Map.of()).body()).contains(another.path());
    }

    @Test
    void languagesAreKeptApart() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Två språk"));
        Map<String, String> english = Map.of("Cookie", "samverkan-lang=en");
        for (int round = 0; round < 2; round++) {
            assertThat(get(pledge.path(), Map.of()).body()).contains("<html lang=\"sv\"");
            assertThat(get(pledge.path(), english).body()).contains("<html lang=\"en\"");
        }
    }

    @Test
    void aStaffVisitorIsNeverServedACachedPage() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Personalens löfte"));
        get(pledge.path(), Map.of());
        renameBehindTheApplicationsBack(pledge, "Nytt namn för personalen");

        HttpSession staff = new HttpSession(port);
        staff.logIn(new Accounts(accountService, organisationService).create(Role.READER, "tranemo"),
                Accounts.PASSWORD);
        HttpResponse<String> page = staff.get(pledge.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nytt namn för personalen");
        assertThat(get(pledge.path(), Map.of()).body()).as("nor is their page stored for others")
                .doesNotContain("Nytt namn för personalen");
    }

    @Test
    void postsAndErrorsAreNotCached() throws Exception {
        assertThat(get("/", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("answered by the application, not from memory").isNotEqualTo(200);

        long before = cache.size();
        HttpResponse<String> missing = get("/kommuner/finns-inte", Map.of());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/kommuner/finns-inte", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/medborgarloften?ar=abc", Map.of()).statusCode()).isEqualTo(400);
        assertThat(cache.size()).isEqualTo(before);
    }

    @Test
    void anAddressWithAParameterNoPageReadsIsRenderedButNotKept() throws Exception {
        PledgeFixtures.Made pledge = fixtures().published(PledgeFixtures.unique("Löfte med okänd parameter"));
        String odd = pledge.path() + "?utm_source=nyhetsbrev";
        assertThat(get(odd, Map.of()).body()).contains("Löfte med okänd parameter");
        renameBehindTheApplicationsBack(pledge, "Ändrat bakom ryggen");

        assertThat(get(odd, Map.of()).body()).as("rendered again, not kept").contains("Ändrat bakom ryggen");
    }

    @Test
    void theListsOwnFiltersAreKept() throws Exception {
        String title = PledgeFixtures.unique("Filtrerat löfte");
        PledgeFixtures.Made pledge = fixtures().published(title);
        String search = "/medborgarloften?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&page=1";
        assertThat(get(search, Map.of()).body()).contains(title);
        renameBehindTheApplicationsBack(pledge, "Ändrat bakom ryggen");

        assertThat(get(search, Map.of()).body()).as("kept").contains(title).doesNotContain("Ändrat bakom ryggen");
    }

    private void renameBehindTheApplicationsBack(PledgeFixtures.Made pledge, String title) {
        jdbc.sql("update pledge set title = ? where id = ?").param(title).param(pledge.id()).update();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*");
        headers.forEach(request::header);
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
