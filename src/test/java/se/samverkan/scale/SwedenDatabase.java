package se.samverkan.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL holding the Sweden-sized dataset, for benchmarks (issue 7; see docs/performance.md). Starts an
 * embedded PostgreSQL whose data lives in {@code .data/sweden} (kept between runs), migrates it with Flyway,
 * generates {@code -Dsamverkan.sweden.municipalities} (290) municipalities if it holds no agreement yet, writes the
 * addresses and login of the pages to measure to {@code target/sweden/urls.env} and keeps PostgreSQL running until
 * the process is stopped. Port: {@code -Dsamverkan.sweden.db-port} (54341).
 */
public final class SwedenDatabase {

    static final Path DATA_DIRECTORY = Path.of(".data", "sweden");
    static final Path URLS = Path.of("target", "sweden", "urls.env");

    private SwedenDatabase() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.getInteger("samverkan.sweden.db-port", 54341);
        int municipalities = Integer.getInteger("samverkan.sweden.municipalities", 290);
        Files.createDirectories(DATA_DIRECTORY);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(DATA_DIRECTORY)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL: " + e.getMessage());
            }
            stopped.countDown();
        }));
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("select count(*) from agreement", Long.class) == 0) {
            System.out.println("Generating " + municipalities + " municipalities …");
            SwedenDataset.Generated generated = SwedenDataset.generate(dataSource, municipalities);
            System.out.printf("Generated %d municipalities in %.1f s%n", municipalities,
                    generated.took().toMillis() / 1000.0);
        } else {
            System.out.println("The database in " + DATA_DIRECTORY + " already holds data; not generating.");
        }
        Map<String, Long> counts = SwedenDataset.rowCounts(dataSource);
        counts.forEach((table, count) -> System.out.printf("%-28s %,12d%n", table, count));
        System.out.printf("%-28s %,12d%n", "total", counts.values().stream().mapToLong(Long::longValue).sum());
        writeUrls(jdbc, postgres.getJdbcUrl("postgres", "postgres"));
        System.out.println("Addresses and login written to " + URLS);
        System.out.println("Password of every generated account: " + SwedenDataset.PASSWORD);
        System.out.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "postgres")
                + " (user postgres, no password); stop this process to stop it.");
        stopped.await();
    }

    /** The pages to measure, read from the database (so they are right whether it was generated now or before). */
    private static void writeUrls(JdbcTemplate jdbc, String jdbcUrl) throws IOException {
        Map<String, Object> agreement = jdbc.queryForMap("select a.id, o.id as municipality, o.slug from agreement a"
                + " join organisation o on o.id = a.municipality_id where a.status = 'ACTIVE' order by a.id limit 1");
        long agreementId = ((Number) agreement.get("id")).longValue();
        String pledge = jdbc.queryForObject("select slug from pledge where agreement_id = ? and status = 'PUBLISHED'"
                + " order by id limit 1", String.class, agreementId);
        String login = jdbc.queryForObject("select email from user_account where organisation_id = ?"
                + " and role = 'COORDINATOR' order by id limit 1", String.class, agreement.get("municipality"));
        Integer year = jdbc.queryForObject("select max(report_year) from annual_report where agreement_id = ?",
                Integer.class, agreementId);
        String report = "/overenskommelser/" + agreementId + "/arsrapporter/" + year;
        String env = """
                SWEDEN_JDBC_URL='%s'
                SWEDEN_LOGIN='%s'
                SWEDEN_PASSWORD='%s'
                SWEDEN_PLEDGE_PATH='/medborgarloften/%s/%s'
                SWEDEN_MUNICIPALITY_PATH='/kommuner/%s'
                SWEDEN_AGREEMENT_PATH='/overenskommelser/%d'
                SWEDEN_DASHBOARD_PATH='/oversikt'
                SWEDEN_REPORT_PATH='%s'
                SWEDEN_REPORT_PDF_PATH='%s.pdf'
                """.formatted(jdbcUrl, login, SwedenDataset.PASSWORD, agreement.get("slug"), pledge,
                agreement.get("slug"), agreementId, report, report);
        Files.createDirectories(URLS.getParent());
        Files.writeString(URLS, env);
    }
}
