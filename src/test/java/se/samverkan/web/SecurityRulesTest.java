package se.samverkan.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class SecurityRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    Accounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(accountService, organisations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oversikt", "/konto", "/konto/losenord", "/admin/organisationer",
            "/admin/organisationer/ny", "/admin/anvandare", "/admin/anvandare/1/redigera", "/finns-inte"})
    void anonymousVisitorIsSentToLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/css/samverkan.css", "/js/samverkan.js", "/images/favicon.svg", "/",
            "/medborgarloften", "/medborgarloften.atom", "/kommuner/tranemo", "/oppna-data", "/tillganglighet"})
    void publicPagesAndAssetsNeedNoLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void healthIsUpWhenTheDatabaseIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        MockHttpSession admin = Accounts.logIn(mvc, accounts.create(Role.ADMIN, "tranemo"), Accounts.PASSWORD);
        mvc.perform(get("/actuator/env").session(admin)).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "STEERING_GROUP", "READER"})
    void onlyAdminsReachTheAdminPages(Role role) throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, accounts.create(role, "tranemo"), Accounts.PASSWORD);
        for (String path : new String[] {"/admin/organisationer", "/admin/anvandare", "/admin/anvandare/ny"}) {
            mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/organisationer/ny").session(session).with(csrf())
                        .param("name", "Smygorganisation").param("kind", "PARTNER"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/oversikt").session(session)).andExpect(status().isOk());
    }

    @Test
    void adminReachesTheAdminPages() throws Exception {
        MockHttpSession admin = Accounts.logIn(mvc, accounts.create(Role.ADMIN, "tranemo"), Accounts.PASSWORD);
        mvc.perform(get("/admin/organisationer").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/anvandare").session(admin)).andExpect(status().isOk());
    }

    @Test
    void postsWithoutACsrfTokenAreRefused() throws Exception {
        MockHttpSession admin = Accounts.logIn(mvc, accounts.create(Role.ADMIN, "tranemo"), Accounts.PASSWORD);
        mvc.perform(post("/admin/organisationer/ny").session(admin)
                        .param("name", "Utan token").param("kind", "PARTNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf().useInvalidToken())
                        .param("name", "Fel token").param("kind", "PARTNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin@samverkan.example").param("password", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisationer").session(admin).param("size", "100"))
                .andExpect(content().string(allOf(not(containsString("Utan token")), not(containsString("Fel token")))));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, accounts.create(Role.READER, "tranemo"), Accounts.PASSWORD);
        ResultMatcher[] headers = {
                header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))),
                header().string("X-Content-Type-Options", "nosniff"),
                header().string("Referrer-Policy", "strict-origin-when-cross-origin")};
        mvc.perform(get("/login")).andExpectAll(headers);
        mvc.perform(get("/oversikt").session(session)).andExpectAll(headers);
        mvc.perform(get("/finns-inte").session(session)).andExpectAll(headers);
        mvc.perform(get("/css/samverkan.css")).andExpectAll(headers);
    }

    @Test
    void badPathValuesGiveAClientErrorNotAServerError() throws Exception {
        MockHttpSession admin = Accounts.logIn(mvc, accounts.create(Role.ADMIN, "tranemo"), Accounts.PASSWORD);
        mvc.perform(get("/admin/organisationer/abc/redigera").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/anvandare/99999999999999999999999/redigera").session(admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/organisationer/987654321/redigera").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/anvandare/-1/losenord").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void languageSwitchGivesEnglishAndRemembersIt() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, accounts.create(Role.READER, "tranemo"), Accounts.PASSWORD);
        var cookie = mvc.perform(get("/oversikt").session(session).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("Overview"))))
                .andReturn().getResponse().getCookie("samverkan-lang");
        mvc.perform(get("/konto").session(session).cookie(cookie))
                .andExpect(content().string(containsString("My account")));
        mvc.perform(get("/oversikt").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Översikt")));
    }
}
