package se.samverkan.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class OwnPasswordTest {

    private static final String NEW_PASSWORD = "trygghetsvandring i mörkret";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        String email = new Accounts(accountService, organisations).create(Role.STEERING_GROUP, "sollentuna");
        MockHttpSession session = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        mvc.perform(post("/konto/losenord").session(session).with(csrf())
                        .param("currentPassword", Accounts.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/konto"));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        String email = new Accounts(accountService, organisations).create(Role.READER, "sollentuna");
        MockHttpSession session = Accounts.logIn(mvc, email, Accounts.PASSWORD);
        mvc.perform(post("/konto/losenord").session(session).with(csrf())
                        .param("currentPassword", "inte mitt lösenord alls")
                        .param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.wrongCurrent"));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(authenticated());
    }
}
