package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Value("${samverkan.demo.password}")
    String demoPassword;

    @Test
    void everyDemoLoginWorks() throws Exception {
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            mvc.perform(formLogin("/login").user(account.email()).password(demoPassword))
                    .andExpect(authenticated().withRoles(account.role().name()));
        }
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        List<String> tables = List.of("organisation", "user_account", "agreement", "agreement_partner", "focus_area",
                "goal", "measure", "measure_goal", "signatory", "steering_group_member", "agreement_change",
                "situation_picture", "situation_picture_compiler", "hotspot", "situation_citation",
                "measure_update", "meeting", "meeting_attendee", "meeting_decision", "meeting_action_item",
                "annual_report", "annual_report_section", "annual_report_comment", "annual_report_approval",
                "annual_report_presentation", "annual_report_event",

                "indicator", "indicator_goal", "indicator_value");
        Map<String, Long> before = counts(tables);
        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());
        assertThat(counts(tables)).isEqualTo(before);
        assertThat(before.get("agreement")).as("demo agreements").isGreaterThanOrEqualTo(4);
        assertThat(before.get("situation_picture")).as("Tranemo's monthly pictures").isGreaterThanOrEqualTo(12);
        assertThat(before.get("meeting")).as("Tranemo's steering-group meetings").isGreaterThanOrEqualTo(13);
        assertThat(before.get("measure_update")).as("demo measure updates").isGreaterThanOrEqualTo(10);
        assertThat(before.get("annual_report")).as("demo annual reports").isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from organisation where slug in ('tranemo', 'trelleborg', 'sollentuna', "
                + "'lpo-tranemo', 'lpo-trelleborg', 'lpo-sollentuna', 'tranemobostader', 'sollentunahem')")
                .query(Long.class).single()).isEqualTo(8);
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
