package se.samverkan.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.report.ReportContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Sweden generator on its own PostgreSQL (not the tests' shared demo database): two municipalities, and every
 * table holds the shape issue 7 asks for per municipality.
 */
class SwedenDatasetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static SwedenDataset.Generated generated;

    @BeforeAll
    static void generate() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        generated = SwedenDataset.generate(dataSource, 2, TODAY);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyTableHoldsTheShapeOfTheIssuePerMunicipality() {
        Map<String, Long> counts = SwedenDataset.rowCounts(dataSource);
        // Per municipality: 3 agreements, 4 focus areas each, 3 goals and 8 measures per focus area; pledges 3 a
        // year for 5 years with 12 updates; 10 indicators of 10 years; 60 monthly pictures with 10 hotspots.
        // Meetings are monthly: the ended agreement's 48 and the active one's from January 2023 to two months
        // after today (44, of them 42 held); reports for 2019–2022 and 2023–2025 approved, 2026 a draft.
        assertThat(counts).containsAllEntriesOf(Map.ofEntries(
                Map.entry("organisation", 3L), Map.entry("user_account", 2 * 30 + 5L),
                Map.entry("agreement", 6L), Map.entry("signatory", 8L), Map.entry("steering_group_member", 24L),
                Map.entry("focus_area", 24L), Map.entry("goal", 72L), Map.entry("measure", 192L),
                Map.entry("measure_goal", 192L), Map.entry("measure_responsible", 288L),
                Map.entry("agreement_change", 6L),
                Map.entry("pledge", 30L), Map.entry("pledge_signatory", 60L), Map.entry("pledge_commitment", 120L),
                Map.entry("pledge_update", 360L), Map.entry("pledge_update_status", 360L),
                Map.entry("indicator", 20L), Map.entry("indicator_goal", 20L), Map.entry("indicator_value", 200L),
                Map.entry("situation_picture", 120L), Map.entry("situation_picture_compiler", 240L),
                Map.entry("hotspot", 1200L), Map.entry("situation_citation", 14L),
                Map.entry("meeting", 2 * 92L), Map.entry("meeting_attendee", 2 * 92 * 4L),
                Map.entry("meeting_decision", 2 * 90 * 2L), Map.entry("meeting_action_item", 2 * 90 * 2L),
                Map.entry("annual_report", 16L), Map.entry("annual_report_approval", 28L),
                Map.entry("annual_report_presentation", 28L), Map.entry("annual_report_section", 2 * (7 * 9 + 5L)),
                Map.entry("annual_report_event", 2 * (7 * 7 + 1L))));
        assertThat(counts.get("measure_update")).isGreaterThan(192L);
    }

    @Test
    void theAddressesItReturnsExistAndAreWhatThePagesRead() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select status from pledge p join organisation o on o.id = p.municipality_id"
                        + " where o.slug = ? and p.slug = ?", String.class,
                generated.municipalitySlug(), generated.pledgeSlug())).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select status from agreement where id = ?", String.class,
                generated.agreementId())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select role from user_account where email = ?", String.class,
                generated.coordinatorEmail())).isEqualTo("COORDINATOR");
        assertThat(jdbc.queryForObject("select status from annual_report where agreement_id = ? and report_year = ?",
                String.class, generated.agreementId(), generated.reportYear())).isEqualTo("DRAFT");
        assertThat(generated.reportYear()).isEqualTo(2026);
        // The identity sequences continue after the generated ids.
        assertThat(jdbc.queryForObject("select nextval(pg_get_serial_sequence('hotspot', 'id'))", Long.class))
                .isGreaterThan(1200L);
    }

    @Test
    void anApprovedReportsSnapshotReadsBackAsTheReportsContent() {
        String snapshot = new JdbcTemplate(dataSource).queryForObject("select snapshot::text from annual_report"
                        + " where agreement_id = ? and report_year = ?", String.class, generated.agreementId(),
                generated.approvedReportYear());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode tree = json.readTree(snapshot);
        ReportContent content = json.treeToValue(tree.get("content"), ReportContent.class);
        assertThat(content.year()).isEqualTo(2025);
        assertThat(content.focusAreas()).hasSize(4);
        assertThat(content.indicators()).hasSize(10);
        assertThat(content.meetings()).hasSize(12);
        assertThat(content.situationPictures()).hasSize(12);
        assertThat(content.pledges()).hasSize(3);
        assertThat(tree.get("sections").size()).isEqualTo(9);
    }

    @Test
    void slugsAreAsciiAndSwedishLettersBecomeTheirBaseLetter() {
        assertThat(SwedenDataset.slug("Upplands Väsby")).isEqualTo("upplands-vasby");
        assertThat(SwedenDataset.slug("Åre")).isEqualTo("are");
        assertThat(SwedenDataset.slug("Malung-Sälen")).isEqualTo("malung-salen");
    }
}
