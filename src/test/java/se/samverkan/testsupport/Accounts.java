package se.samverkan.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverkan.account.AccountService;
import se.samverkan.account.NewAccountCommand;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Accounts made for one test, so that tests never lock out or change each other's (or the demo) accounts. */
public final class Accounts {

    public static final String PASSWORD = "ett långt lösenord för test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final OrganisationService organisations;

    public Accounts(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A new account in the demo organisation with the given slug; returns its e-mail. */
    public String create(Role role, String organisationSlug) {
        String email = "test" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
        long organisationId = organisations.findBySlug(organisationSlug).orElseThrow().id();
        accounts.create(new NewAccountCommand(email, "Test " + role, organisationId, role, PASSWORD));
        return email;
    }

    /** Logs in through the real login form and returns the session to send with later requests. */
    public static MockHttpSession logIn(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || result.getResponse().getRedirectedUrl() == null
                || !result.getResponse().getRedirectedUrl().endsWith("/oversikt")) {
            throw new AssertionError("Login failed for " + email);
        }
        return session;
    }
}
