package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

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
        long organisations = count("organisation");
        long accounts = count("user_account");
        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());
        assertThat(count("organisation")).isEqualTo(organisations);
        assertThat(count("user_account")).isEqualTo(accounts);
        assertThat(jdbc.sql("select count(*) from organisation where slug in ('tranemo', 'trelleborg', 'sollentuna', "
                + "'lpo-tranemo', 'lpo-trelleborg', 'lpo-sollentuna', 'tranemobostader', 'sollentunahem')")
                .query(Long.class).single()).isEqualTo(8);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
