package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.Role;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * Publishing an approved report on the municipality's public page: only approved reports, only by coordinators of
 * the parties, recorded in the history, withdrawable; a draft, a report in review, a withdrawn report and a
 * superseded revision are never public.
 */
@IntegrationTest
class ReportPublicationTest {

    static final String SUMMARY = "Året präglades av fler trygghetsvandringar i Häggvik.";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ReportService reports;
    @Autowired ReportReader reader;

    ReportFixtures fixture;
    MockHttpSession coordinator;
    String path;
    String publicPath;

    @BeforeEach
    void aStartedReport() throws Exception {
        fixture = ReportFixtures.create(context, "Publiceringsavtal " + System.nanoTime());
        coordinator = Accounts.logIn(mvc, fixture.coordinator.getUsername(), Accounts.PASSWORD);
        path = fixture.path();
        publicPath = "/kommuner/sollentuna/arsrapporter/" + fixture.agreementId + "-" + ReportFixtures.YEAR;
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, SectionKey.SUMMARY,
                new SectionCommand(SUMMARY, 0));
    }

    private void approve() {
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.approve(fixture.municipalityMember, fixture.agreementId, ReportFixtures.YEAR);
        reports.approve(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR);
        reports.approve(fixture.housingMember, fixture.agreementId, ReportFixtures.YEAR);
    }

    private void publicPageIsNotFound() throws Exception {
        mvc.perform(get(publicPath)).andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/sollentuna")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(publicPath))));
    }

    @Test
    void aDraftOrAReportInReviewIsNeverPublic() throws Exception {
        publicPageIsNotFound();
        mvc.perform(post(path + "/publicering").session(coordinator).with(csrf())).andExpect(status().isConflict());
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        mvc.perform(post(path + "/publicering").session(coordinator).with(csrf())).andExpect(status().isConflict());
        publicPageIsNotFound();
    }

    @Test
    void aCoordinatorPublishesTheApprovedReportAndWithdrawsIt() throws Exception {
        approve();
        publicPageIsNotFound();
        mvc.perform(get(path).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publicera på kommunens offentliga sida")));

        mvc.perform(post(path + "/publicering").session(coordinator).with(csrf()))
                .andExpect(redirectedUrl(path + "#publicering"));
        mvc.perform(post(path + "/publicering").session(coordinator).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get(path).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString(publicPath)));

        // Without login: the municipality page links the report, which shows the approved texts and figures.
        mvc.perform(get("/kommuner/sollentuna")).andExpect(status().isOk())
                .andExpect(content().string(containsString(publicPath)));
        mvc.perform(get(publicPath)).andExpect(status().isOk())
                .andExpect(content().string(containsString(SUMMARY)))
                .andExpect(content().string(containsString("Narkotikasök med hund på skolorna")))
                .andExpect(content().string(not(containsString(fixture.coordinator.displayName()))))
                .andExpect(content().string(not(containsString("??"))));
        // The same report under another municipality's address, or an address that does not fit, is not found.
        mvc.perform(get("/kommuner/tranemo/arsrapporter/" + fixture.agreementId + "-" + ReportFixtures.YEAR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/sollentuna/arsrapporter/" + fixture.agreementId + "-2028"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/sollentuna/arsrapporter/abc-2027")).andExpect(status().isNotFound());

        mvc.perform(post(path + "/publicering/ta-bort").session(coordinator).with(csrf()))
                .andExpect(redirectedUrl(path + "#publicering"));
        publicPageIsNotFound();
        mvc.perform(post(path + "/publicering/ta-bort").session(coordinator).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(reader.view(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, null).history())
                .extracting(EventView::kind).contains(EventKind.PUBLISHED, EventKind.UNPUBLISHED);
    }

    @Test
    void aPresentationRecordedAfterPublicationShowsOnThePublicPageAtOnce() throws Exception {
        approve();
        reports.publish(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        mvc.perform(get(publicPath)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("KS 2028/77"))));

        reports.recordPresentation(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                new PresentationCommand(Recipient.MUNICIPAL_BOARD, java.time.LocalDate.of(2028, 3, 14), "KS 2028/77"));

        mvc.perform(get(publicPath)).andExpect(status().isOk())
                .andExpect(content().string(containsString("KS 2028/77")));
    }

    @Test
    void aNewRevisionTakesTheReportOffThePublicPage() throws Exception {
        approve();
        reports.publish(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        mvc.perform(get(publicPath)).andExpect(status().isOk());
        reports.reopen(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        publicPageIsNotFound();
        assertThat(reader.view(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, 1).history())
                .extracting(EventView::kind).contains(EventKind.UNPUBLISHED, EventKind.REOPENED);
    }

    @Test
    void onlyThePartiesCoordinatorsPublish() throws Exception {
        approve();
        MockHttpSession member = Accounts.logIn(mvc, fixture.municipalityMember.getUsername(), Accounts.PASSWORD);
        mvc.perform(post(path + "/publicering").session(member).with(csrf())).andExpect(status().isForbidden());
        MockHttpSession stranger = Accounts.logIn(mvc,
                fixture.agreements.user(Role.COORDINATOR, "tranemo").getUsername(), Accounts.PASSWORD);
        mvc.perform(post(path + "/publicering").session(stranger).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(path + "/publicering/ta-bort").session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        publicPageIsNotFound();
    }
}
