package se.samverkan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * The password rules on every form that sets a password (new account, an administrator's reset, one's own
 * change): too short, common in any case or padded with digits, and a good one; each refusal in plain Swedish.
 */
@IntegrationTest
class PasswordRulesPagesTest {

    private static final String TOO_SHORT = "Kort lösen1";
    private static final String COMMON = "SUNSHINE2026!";
    private static final String GOOD = "hjortron på myren i augusti";
    private static final String SHORT_MESSAGE = "Lösenordet måste ha minst 12 och högst 128 tecken.";
    private static final String COMMON_MESSAGE = "Lösenordet är för vanligt och lätt att gissa";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    Accounts accounts;
    MockHttpSession admin;

    @BeforeEach
    void setUp() throws Exception {
        accounts = new Accounts(accountService, organisations);
        admin = Accounts.logIn(mvc, accounts.create(Role.ADMIN, "tranemo"), Accounts.PASSWORD);
    }

    private ResultActions newAccount(String email, String password) throws Exception {
        return mvc.perform(post("/admin/anvandare/ny").session(admin).with(csrf())
                .param("email", email).param("displayName", "Signe Holm")
                .param("organisationId", String.valueOf(organisations.findBySlug("tranemo").orElseThrow().id()))
                .param("role", "READER").param("newPassword", password).param("newPasswordConfirmation", password));
    }

    private ResultActions adminReset(long accountId, String password) throws Exception {
        return mvc.perform(post("/admin/anvandare/{id}/losenord", accountId).session(admin).with(csrf())
                .param("newPassword", password).param("newPasswordConfirmation", password));
    }

    private ResultActions ownChange(MockHttpSession session, String password) throws Exception {
        return mvc.perform(post("/konto/losenord").session(session).with(csrf())
                .param("currentPassword", Accounts.PASSWORD)
                .param("newPassword", password).param("newPasswordConfirmation", password));
    }

    private static void refusedWith(ResultActions result, String message, String password) throws Exception {
        result.andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(not(containsString(password))));
    }

    @Test
    void aNewAccountNeedsALongUncommonPassword() throws Exception {
        String email = "signe.holm+" + System.nanoTime() + "@test.example";
        refusedWith(newAccount(email, TOO_SHORT), SHORT_MESSAGE, TOO_SHORT);
        refusedWith(newAccount(email, COMMON), COMMON_MESSAGE, COMMON);
        refusedWith(newAccount(email, COMMON.toLowerCase()), COMMON_MESSAGE, COMMON.toLowerCase());
        assertThat(accountService.exists(email)).isFalse();
        newAccount(email, GOOD).andExpect(redirectedUrlPattern("/admin/anvandare/*/redigera"));
        mvc.perform(formLogin("/login").user(email).password(GOOD)).andExpect(authenticated());
    }

    @Test
    void anAdministratorsResetNeedsALongUncommonPassword() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        long id = accountService.getByEmail(email).id();
        refusedWith(adminReset(id, TOO_SHORT), SHORT_MESSAGE, TOO_SHORT);
        refusedWith(adminReset(id, "MonkeyMonkey"), COMMON_MESSAGE, "MonkeyMonkey");
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(authenticated());
        adminReset(id, GOOD).andExpect(redirectedUrl("/admin/anvandare/" + id + "/redigera"));
        mvc.perform(formLogin("/login").user(email).password(GOOD)).andExpect(authenticated());
    }

    @Test
    void aUsersOwnChangeNeedsALongUncommonPassword() throws Exception {
        String email = accounts.create(Role.READER, "sollentuna");
        MockHttpSession session = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        refusedWith(ownChange(session, TOO_SHORT), SHORT_MESSAGE, TOO_SHORT);
        refusedWith(ownChange(session, "QWERTYUIOPASDF"), COMMON_MESSAGE, "QWERTYUIOPASDF");
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(authenticated());
        ownChange(session, GOOD).andExpect(redirectedUrl("/konto"));
        mvc.perform(formLogin("/login").user(email).password(GOOD)).andExpect(authenticated());
    }
}
