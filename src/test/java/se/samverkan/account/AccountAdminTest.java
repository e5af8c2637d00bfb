package se.samverkan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class AccountAdminTest {

    private static final String STRONG = "blåbär i skogen varje höst";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    Accounts accounts;
    MockHttpSession admin;
    String adminEmail;
    long tranemoId;

    @BeforeEach
    void logInAsAdmin() throws Exception {
        accounts = new Accounts(accountService, organisations);
        adminEmail = accounts.create(Role.ADMIN, "tranemo");
        admin = Accounts.logIn(mvc, adminEmail, Accounts.PASSWORD);
        tranemoId = organisations.findBySlug("tranemo").orElseThrow().id();
    }

    private MockHttpServletRequestBuilder newAccount(String email, String password, String confirmation) {
        return post("/admin/anvandare/ny").session(admin).with(csrf())
                .param("email", email).param("displayName", "Lisa Andersson")
                .param("organisationId", String.valueOf(tranemoId)).param("role", "COORDINATOR")
                .param("newPassword", password).param("newPasswordConfirmation", confirmation);
    }

    @Test
    void anAdminCannotBeCreatedWithAPasswordShorterThanTwelveCharacters() throws Exception {
        mvc.perform(post("/admin/anvandare/ny").session(admin).with(csrf())
                        .param("email", "ny.admin@test.example").param("displayName", "Ny Admin")
                        .param("organisationId", String.valueOf(tranemoId)).param("role", "ADMIN")
                        .param("newPassword", "kort123").param("newPasswordConfirmation", "kort123"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newAccount", "newPassword", "Size"))
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12")))
                .andExpect(content().string(containsString("value=\"ny.admin@test.example\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("kort123"))));
        assertThat(accountService.exists("ny.admin@test.example")).isFalse();
    }

    @Test
    void aCommonPasswordIsRefusedEvenWhenLongEnough() throws Exception {
        mvc.perform(newAccount("vanlig@test.example", "Password1234", "Password1234"))
                .andExpect(model().attributeHasFieldErrorCode("newAccount", "newPassword", "NotCommonPassword"));
        assertThat(accountService.exists("vanlig@test.example")).isFalse();
    }

    @Test
    void theTwoPasswordEntriesMustMatch() throws Exception {
        mvc.perform(newAccount("olika@test.example", STRONG, STRONG + "x"))
                .andExpect(model().attributeHasFieldErrorCode("newAccount", "newPasswordConfirmation",
                        "password.mismatch"));
        assertThat(accountService.exists("olika@test.example")).isFalse();
    }

    @Test
    void aCreatedAccountCanLogInWithItsRoleAndOrganisation() throws Exception {
        String email = "Lisa.Andersson+" + System.nanoTime() + "@Test.example";
        mvc.perform(newAccount(email, STRONG, STRONG))
                .andExpect(redirectedUrlPattern("/admin/anvandare/*/redigera"));
        AccountView created = accountService.getByEmail(email);
        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(created.organisationName()).isEqualTo("Tranemo kommun");
        mvc.perform(formLogin("/login").user(email).password(STRONG))
                .andExpect(authenticated().withRoles("COORDINATOR"));
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() throws Exception {
        String existing = accounts.create(Role.READER, "tranemo");
        mvc.perform(newAccount(existing.toUpperCase(), STRONG, STRONG))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newAccount", "email", "account.duplicateEmail"));
    }

    @Test
    void aDisabledAccountCanNoLongerLogIn() throws Exception {
        String email = accounts.create(Role.COORDINATOR, "tranemo");
        AccountView account = accountService.getByEmail(email);
        mvc.perform(post("/admin/anvandare/{id}/redigera", account.id()).session(admin).with(csrf())
                        .param("displayName", account.displayName())
                        .param("organisationId", String.valueOf(account.organisationId()))
                        .param("role", "COORDINATOR").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrlPattern("/admin/anvandare/*/redigera"));
        assertThat(accountService.getByEmail(email).enabled()).isFalse();
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() throws Exception {
        AccountView self = accountService.getByEmail(adminEmail);
        mvc.perform(post("/admin/anvandare/{id}/redigera", self.id()).session(admin).with(csrf())
                        .param("displayName", self.displayName())
                        .param("organisationId", String.valueOf(self.organisationId()))
                        .param("role", "ADMIN").param("version", String.valueOf(self.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du kan inte stänga av ditt eget konto")));
        assertThat(accountService.getByEmail(adminEmail).enabled()).isTrue();
    }

    @Test
    void anAdminSetsANewPasswordThatReplacesTheOldOne() throws Exception {
        String email = accounts.create(Role.READER, "tranemo");
        long id = accountService.getByEmail(email).id();
        mvc.perform(post("/admin/anvandare/{id}/losenord", id).session(admin).with(csrf())
                        .param("newPassword", STRONG).param("newPasswordConfirmation", STRONG))
                .andExpect(redirectedUrlPattern("/admin/anvandare/*/redigera"));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(email).password(STRONG)).andExpect(authenticated());
    }

    @Test
    void theListCanBeFilteredByOrganisation() throws Exception {
        long sollentuna = organisations.findBySlug("sollentuna").orElseThrow().id();
        mvc.perform(get("/admin/anvandare").session(admin).param("organisation", String.valueOf(sollentuna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("samordnare@sollentuna.example")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("samordnare@tranemo.example"))));
    }
}
