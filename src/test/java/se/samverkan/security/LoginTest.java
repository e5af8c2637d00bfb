package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverkan.account.AccountChangeCommand;
import se.samverkan.account.AccountService;
import se.samverkan.account.AccountView;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class LoginTest {

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

    @Test
    void rightPasswordLogsInAndLandsOnTheOverview() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD))
                .andExpect(redirectedUrl("/oversikt"))
                .andExpect(authenticated().withUsername(email).withRoles("COORDINATOR"));
    }

    @Test
    void emailIsComparedWithoutCaseOrSurroundingSpaces() throws Exception {
        String email = accounts.create(Role.READER, "tranemo");
        mvc.perform(formLogin("/login").user("  " + email.toUpperCase() + " ").password(Accounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPageWithAMessage() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        mvc.perform(formLogin("/login").user(email).password("fel lösenord helt och hållet"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inloggningen misslyckades")));
    }

    @Test
    void fiveFailuresLockTheAccountSoEvenTheRightPasswordIsRefused() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        String neighbour = accounts.create(Role.COORDINATOR, "tranemo");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(email).password("gissning nummer " + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(neighbour).password(Accounts.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void fourFailuresThenTheRightPasswordStillLogsIn() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            mvc.perform(formLogin("/login").user(email).password("gissning nummer " + i));
        }
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void unknownAccountLockedAccountAndWrongPasswordAllGetTheSameAnswer() throws Exception {
        String locked = accounts.create(Role.COORDINATOR, "tranemo");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(locked).password("gissning " + i));
        }
        String existing = accounts.create(Role.COORDINATOR, "tranemo");

        String unknownAnswer = redirectOf(formLoginResult("finns.inte@test.example", "vad som helst här"));
        String wrongAnswer = redirectOf(formLoginResult(existing, "vad som helst här"));
        String lockedAnswer = redirectOf(formLoginResult(locked, Accounts.PASSWORD));

        assertThat(unknownAnswer).isEqualTo("/login?error");
        assertThat(wrongAnswer).isEqualTo(unknownAnswer);
        assertThat(lockedAnswer).isEqualTo(unknownAnswer);
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        AccountView account = accountService.getByEmail(email);
        accountService.update(account.id(), new AccountChangeCommand(account.displayName(), account.organisationId(),
                account.role(), false, account.version()));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    private MvcResult formLoginResult(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
    }

    private static String redirectOf(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }
}
