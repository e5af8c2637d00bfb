package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.SamverkanApplication;
import se.samverkan.testsupport.HttpSession;

/**
 * PostgreSQL stopped under a running application and started again: pages answer a clear 503 quickly (cached public
 * pages are still served), and the application recovers by itself with what was saved before intact. Its own
 * embedded PostgreSQL on a fixed data directory and port, so that it can be stopped and started again.
 */
class DatabaseOutageTest {

    private static final String COORDINATOR = "samordnare@tranemo.example";
    private static final Path DATA = Path.of("target", "outage-postgres");
    private static final Duration QUICKLY = Duration.ofSeconds(6);
    /** Short, so that the cached page is past it during the outage: rendered again, failing, served as it was. */
    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);

    static int databasePort;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() throws Exception {
        deleteData();
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        postgres = startPostgres();
        app = new SpringApplicationBuilder(SamverkanApplication.class)
                .profiles("demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--samverkan.public-cache.time-to-live=" + TIME_TO_LIVE.toMillis() + "ms");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        Thread.sleep(TIME_TO_LIVE.toMillis() + 200);
        }
        deleteData();
    }

    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private static void deleteData() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static int port() {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndTheAppRecoversWithNothingLost() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Map<String, Object> pledge = jdbc.sql("""
                        select p.id, p.slug, o.slug as municipality from pledge p
                        join organisation o on o.id = p.municipality_id
                        where o.slug = 'tranemo' and p.status = 'PUBLISHED' order by p.id limit 1""")
                .query().singleRow();
        long pledgeId = ((Number) pledge.get("id")).longValue();
        String publicPath = "/medborgarloften/" + pledge.get("municipality") + "/" + pledge.get("slug");
        String staffPath = "/loften/" + pledgeId;

        HttpSession staff = new HttpSession(port());
        staff.logIn(COORDINATOR, app.getEnvironment().getRequiredProperty("samverkan.demo.password"));
        String form = staff.get(staffPath + "/uppdateringar/ny").body();
        String text = "Lägesrapport sparad före avbrottet " + System.nanoTime();
        HttpResponse<String> saved = staff.post(staffPath + "/uppdateringar/ny", Map.of(
                "publishedOn", LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString(), "body", text, "_csrf", HttpSession.csrfToken(form)));
        assertThat(saved.statusCode()).as("the update is saved").isEqualTo(302);

        HttpResponse<String> publicPage = get(publicPath);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains(text);
        String staffForm = staff.get(staffPath + "/uppdateringar/ny").body();

        postgres.close();
        Thread.sleep(TIME_TO_LIVE.toMillis() + 200);

        HttpResponse<String> cached = timed(() -> get(publicPath));
        assertThat(cached.statusCode()).as("a cached public page is still served, stale").isEqualTo(200);
        assertThat(cached.body()).isEqualTo(publicPage.body());

        HttpResponse<String> uncached = timed(() -> get("/medborgarloften?kommun=tranemo&ar=2026"));
        assertUnavailable(uncached, "Tjänsten är tillfälligt otillgänglig");

        HttpResponse<String> english = timed(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/kommuner/tranemo"))
                        .header("Cookie", "samverkan-lang=en").build(), HttpResponse.BodyHandlers.ofString()));
        assertUnavailable(english, "The service is temporarily unavailable");

        assertUnavailable(timed(() -> staff.get(staffPath)), "Tjänsten är tillfälligt otillgänglig");
        HttpResponse<String> post = timed(() -> staff.post(staffPath + "/uppdateringar/ny", Map.of(
                "publishedOn", LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString(), "body", "Sparas inte under avbrottet",
                "_csrf", HttpSession.csrfToken(staffForm))));
        assertUnavailable(post, "Tjänsten är tillfälligt otillgänglig");
        assertUnavailable(timed(() -> new HttpSession(port()).get("/login")), "Tjänsten är tillfälligt otillgänglig");

        HttpResponse<String> health = timed(() -> health());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        postgres = startPostgres();

        HttpResponse<String> back = waitForPage(staff, staffPath, Duration.ofSeconds(30));
        assertThat(back.statusCode()).as("the app answers again without a restart").isEqualTo(200);
        assertThat(back.body()).contains(text).doesNotContain("Sparas inte under avbrottet");
        assertThat(get("/medborgarloften?kommun=tranemo&ar=2026").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from pledge_update where body = ?").param(text)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pledge_update where body = 'Sparas inte under avbrottet'")
                .query(Long.class).single()).isZero();
        assertThat(health().body()).contains("UP");
    }

    private static void assertUnavailable(HttpResponse<String> response, String title) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(503);
        assertThat(response.body()).contains(title).doesNotContain("Exception", "at se.samverkan", "Hikari");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));
    }

    private static HttpResponse<String> waitForPage(HttpSession staff, String path, Duration limit)
            throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        HttpResponse<String> response = staff.get(path);
        while (response.statusCode() != 200 && System.nanoTime() < end) {
            Thread.sleep(500);
            response = staff.get(path);
        }
        return response;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port()
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T timed(Request<T> request) throws Exception {
        long start = System.nanoTime();
        T result = request.send();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered within a few seconds")
                .isLessThan(QUICKLY);
        return result;
    }

    @FunctionalInterface
    private interface Request<T> {
        T send() throws Exception;
    }
}
