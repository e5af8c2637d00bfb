package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.SamverkanApplication;
import se.samverkan.agreement.AgreementExpiry;
import se.samverkan.testsupport.HttpSession;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer without sticky sessions: a login
 * on one instance holds on the other, a logout on either ends the session on both, and the nightly job's lock
 * keeps a second instance from running it while the first holds it.
 * Its own embedded PostgreSQL, so that both instances start on a database no other test context uses.
 */
class TwoInstancesTest {

    private static final String COORDINATOR = "samordnare@tranemo.example";

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamverkanApplication.class)
                .profiles("demo")
                .run("--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void aLoginOnOneInstanceHoldsOnTheOtherAndALogoutOnEitherEndsIt() throws Exception {
        assertThat(port(first)).isNotEqualTo(port(second));
        String password = first.getEnvironment().getRequiredProperty("samverkan.demo.password");
        String name = first.getBean(JdbcClient.class)
                .sql("select display_name from user_account where email = ?").param(COORDINATOR)
                .query(String.class).single();

        HttpSession onFirst = new HttpSession(port(first));
        HttpResponse<String> login = onFirst.logIn(COORDINATOR, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/oversikt");
        String sessionId = onFirst.sessionId().orElseThrow();
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(first.getBean(JdbcClient.class)
                .sql("select max_inactive_interval from spring_session where principal_name = ?").param(COORDINATOR)
                .query(Integer.class).list()).as("stored in PostgreSQL, with the 8 hours of server.servlet.session.timeout")
                .containsOnly(8 * 60 * 60);

        HttpSession onSecond = new HttpSession(port(second), sessionId);
        HttpResponse<String> overview = onSecond.get("/oversikt");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains(name);

        String token = HttpSession.csrfToken(overview.body());
        HttpResponse<String> logout = onSecond.post("/logout", Map.of("_csrf", token));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

        HttpResponse<String> afterLogout = new HttpSession(port(first), sessionId).get("/oversikt");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void thePublicSiteOpensNoSessionOnEitherInstance() throws Exception {
        long before = sessionRows();
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            HttpResponse<String> home = new HttpSession(port(instance)).get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void theExpiryJobRunsOnOneInstanceAtATime() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'agreement-expiry'")
                .query(Long.class).single()).as("the start-up run took the lock").isEqualTo(1);
        jdbc.sql("update shedlock set lock_until = timezone('utc', current_timestamp) + interval '1 minute', "
                + "locked_by = 'the other instance' where name = 'agreement-expiry'").update();
        try {
            jdbc.sql("update agreement set period_start = least(period_start, current_date - 365), "
                    + "period_end = current_date - 1 "
                    + "where id = (select min(id) from agreement where status = 'ACTIVE')").update();
            long active = activeAgreements(jdbc);
            second.getBean(AgreementExpiry.class).endExpiredNightly();
            assertThat(activeAgreements(jdbc)).as("skipped while the lock is held").isEqualTo(active);

            freeLock(jdbc);
            second.getBean(AgreementExpiry.class).endExpiredNightly();
            assertThat(activeAgreements(jdbc)).as("run once the lock is free").isEqualTo(active - 1);
        } finally {
            freeLock(jdbc);
        }
    }

    /**
     * Ends the lock a second ago: "now" stored in the table's millisecond column may be rounded up past the moment
     * ShedLock next compares it with, which would keep the lock for that millisecond.
     */
    private static void freeLock(JdbcClient jdbc) {
        jdbc.sql("update shedlock set locked_at = timezone('utc', current_timestamp) - interval '1 second', "
                + "lock_until = timezone('utc', current_timestamp) - interval '1 second' "
                + "where name = 'agreement-expiry'").update();
    }

    private static long activeAgreements(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from agreement where status = 'ACTIVE'").query(Long.class).single();
    }

    /** A flash attribute (here a record, the import's result) is serialised into the session on one instance. */
    @Test
    void aFlashMessageSetOnOneInstanceIsShownByTheOther() throws Exception {
        long agreementId = first.getBean(JdbcClient.class).sql("""
                        select min(i.agreement_id) from indicator i
                        join agreement a on a.id = i.agreement_id
                        join organisation o on o.id = a.municipality_id where o.slug = 'tranemo'""")
                .query(Long.class).single();
        HttpSession onFirst = new HttpSession(port(first));
        onFirst.logIn(COORDINATOR, first.getEnvironment().getRequiredProperty("samverkan.demo.password"));
        String base = "/overenskommelser/" + agreementId;
        String export = onFirst.get(base + "/indikatorer.csv").body();
        String token = HttpSession.csrfToken(onFirst.get(base + "/indikatorer/import").body());
        HttpResponse<String> saved = onFirst.post(base + "/indikatorer/import/spara",
                Map.of("csvText", export, "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        String target = saved.headers().firstValue("Location").orElseThrow().replaceFirst("#.*", "")
                .replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> page = new HttpSession(port(second), onFirst.sessionId().orElseThrow()).get(target);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Importen är klar");
    }

    private static long sessionRows() {
        return first.getBean(JdbcClient.class).sql("select count(*) from spring_session").query(Long.class).single();
    }
}
