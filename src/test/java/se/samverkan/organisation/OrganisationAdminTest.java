package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class OrganisationAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountService accountService;

    MockHttpSession admin;

    @BeforeEach
    void logInAsAdmin() throws Exception {
        admin = Accounts.logIn(mvc, new Accounts(accountService, organisations).create(Role.ADMIN, "tranemo"),
                Accounts.PASSWORD);
    }

    @Test
    void adminCreatesAnOrganisationWhoseSlugIsMadeFromTheName() throws Exception {
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf())
                        .param("name", "Bostadsbolaget Älvstranden").param("kind", "PARTNER").param("slug", ""))
                .andExpect(redirectedUrl("/admin/organisationer"))
                .andExpect(flash().attribute("saved", "organisation.saved"));
        OrganisationView created = organisations.findBySlug("bostadsbolaget-alvstranden").orElseThrow();
        assertThat(created.name()).isEqualTo("Bostadsbolaget Älvstranden");
        assertThat(created.kind()).isEqualTo(OrganisationKind.PARTNER);
    }

    @Test
    void anEmptyFormIsShownAgainWithSwedishMessages() throws Exception {
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/organisation-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "NotNull"))
                .andExpect(content().string(containsString("Det finns fel i formuläret")))
                .andExpect(content().string(containsString("<title>Fel: Ny organisation – Samverkan</title>")))
                .andExpect(content().string(containsString("Ange ett namn.")));
    }

    @Test
    void anUnknownKindIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf())
                        .param("name", "Okänd typ AB").param("kind", "SPACE_AGENCY"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "typeMismatch"));
        assertThat(organisations.findBySlug("okand-typ-ab")).isEmpty();
    }

    @Test
    void aTakenSlugOrNameIsRefusedAndTheInputKept() throws Exception {
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf())
                        .param("name", "Ny kommun med stulet namn").param("kind", "MUNICIPALITY").param("slug", "tranemo"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "slug", "organisation.duplicate.slug"))
                .andExpect(content().string(containsString("value=\"Ny kommun med stulet namn\"")));
        mvc.perform(post("/admin/organisationer/ny").session(admin).with(csrf())
                        .param("name", "tranemo KOMMUN").param("kind", "MUNICIPALITY"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.duplicate.name"));
    }

    @Test
    void savingAStaleVersionAnswers409AndKeepsWhatTheUserTyped() throws Exception {
        long id = organisations.create(new OrganisationCommand(OrganisationKind.PARTNER, "Fastighets AB Ek",
                "fastighets-ab-ek", 0));
        organisations.update(id, new OrganisationCommand(OrganisationKind.PARTNER, "Fastighets AB Eken",
                "fastighets-ab-ek", 0));

        String page = mvc.perform(post("/admin/organisationer/{id}/redigera", id).session(admin).with(csrf())
                        .param("name", "Fastighets AB Eken och Björken").param("kind", "PARTNER")
                        .param("slug", "fastighets-ab-ek").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")))
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.getElementById("name").val()).isEqualTo("Fastighets AB Eken och Björken");
        assertThat(form.getElementById("version").val()).isEqualTo("1");
        assertThat(organisations.get(id).name()).isEqualTo("Fastighets AB Eken");

        mvc.perform(post("/admin/organisationer/{id}/redigera", id).session(admin).with(csrf())
                        .param("name", "Fastighets AB Eken och Björken").param("kind", "PARTNER")
                        .param("slug", "fastighets-ab-ek").param("version", "1"))
                .andExpect(redirectedUrl("/admin/organisationer"));
        assertThat(organisations.get(id).name()).isEqualTo("Fastighets AB Eken och Björken");
    }
}
