package se.samverkan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/** Hand-made address parameters that the fuzz test found giving a 500: now an ordinary answer. */
@IntegrationTest
class AddressParametersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(Role role) {
        return user(users.loadUserByUsername(new Accounts(accountService, organisations).create(role, "tranemo")));
    }

    @Test
    void aSortTheListDoesNotKnowIsIgnored() throws Exception {
        RequestPostProcessor admin = as(Role.ADMIN);
        mvc.perform(get("/admin/anvandare").param("sort", "okand").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/anvandare").param("sort", "name;drop").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/organisationer").param("sort", "okand,desc").with(admin)).andExpect(status().isOk());
    }

    @Test
    void aPageNumberFarPastTheEndIsAnEmptyPage() throws Exception {
        RequestPostProcessor coordinator = as(Role.COORDINATOR);
        long agreement = jdbc.sql("""
                select min(a.id) from agreement a join organisation o on o.id = a.municipality_id
                where o.slug = 'tranemo'""").query(Long.class).single();
        for (String path : new String[] {"/overenskommelser", "/lagesbilder", "/loften",
                "/overenskommelser/" + agreement + "/moten", "/overenskommelser/" + agreement + "/historik"}) {
            mvc.perform(get(path).param("page", "2147483647").with(coordinator)).andExpect(status().isOk());
        }
    }
}
