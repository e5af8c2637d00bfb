package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/** The attachment pages through the whole web stack: security, binding, the service and the templates. */
@IntegrationTest
class AttachmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementReader reader;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    SamverkanUser coordinator;
    long agreementId;
    String base;

    @BeforeEach
    void setUp() {
        coordinator = newUser(Role.COORDINATOR, "sollentuna");
        agreementId = agreements.create(coordinator, new AgreementCommand("Trygg i Sollentuna 2027–2030",
                id("sollentuna"), id("lpo-sollentuna"), Set.of(id("sollentunahem")), LocalDate.of(2027, 1, 1),
                LocalDate.of(2030, 12, 31), null, "Syfte", null, 0));
        base = "/overenskommelser/" + agreementId + "/bilagor";
    }

    @Test
    void theUploadPageFollowsTheFormPattern() throws Exception {
        Document page = html(mvc.perform(get(base + "/ny").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).isEqualTo("Ladda upp bilaga – Samverkan");
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("/overenskommelser", "/overenskommelser/" + agreementId);
        assertThat(page.select("nav.breadcrumbs a").eachText()).contains("Trygg i Sollentuna 2027–2030");
        assertThat(page.selectFirst("main form").attr("enctype")).isEqualTo("multipart/form-data");
        // The token in the address lets a too-large upload reach the "too large" page instead of a 403.
        assertThat(page.selectFirst("main form").attr("action")).startsWith(base + "/ny?_csrf=");
        assertThat(page.select("label[for=file]").text()).isEqualTo("Fil");
        assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint");
        assertThat(page.select("select#kind option").eachText()).contains("Underskriven överenskommelse",
                "Handlingsplan", "Kommunikationsplan", "Övrig bilaga");
    }

    @Test
    void anUploadedPdfIsDownloadedWithTheSameBytesNameAndType() throws Exception {
        byte[] pdf = AttachmentSamples.pdf();
        mvc.perform(upload("SIGNED_AGREEMENT", "Överenskommelse 2027 – underskriven.pdf", pdf).with(user(coordinator)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/overenskommelser/" + agreementId + "#bilagor"))
                .andExpect(flash().attribute("saved", "attachment.saved"));
        long id = reader.document(coordinator, agreementId).attachments().get(0).id();

        MvcResult download = mvc.perform(get(base + "/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-store"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        String disposition = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''%C3%96verenskommelse");
        assertThat(ContentDisposition.parse(disposition).getFilename())
                .isEqualTo("Överenskommelse 2027 – underskriven.pdf");
    }

    @Test
    void aProgramNamedAsPdfIsRefusedWithTheMessageInTheErrorSummary() throws Exception {
        Document page = html(mvc.perform(upload("SIGNED_AGREEMENT", "avtal.pdf", AttachmentSamples.windowsProgram())
                        .with(user(coordinator)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.title()).isEqualTo("Fel: Ladda upp bilaga – Samverkan");
        assertThat(page.select("#error-summary a[href=#file]").text())
                .startsWith("Den här typen av fil går inte att ladda upp.");
        assertThat(page.select("#file-error").text()).contains("Den här typen av fil går inte att ladda upp.");
        assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
        assertThat(page.select("select#kind option[selected]").text()).isEqualTo("Underskriven överenskommelse");
        assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
    }

    @Test
    void aWebPageNamedAsPdfIsRefused() throws Exception {
        Document page = html(mvc.perform(upload("OTHER", "faktura.pdf", AttachmentSamples.html())
                .with(user(coordinator))).andReturn());
        assertThat(page.select("#file-error").text()).contains("Den här typen av fil går inte att ladda upp.");
        assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
    }

    @Test
    void anEmptyFileAndMissingFieldsAreNamed() throws Exception {
        Document empty = html(mvc.perform(upload("OTHER", "tom.pdf", new byte[0]).with(user(coordinator)))
                .andReturn());
        assertThat(empty.select("#file-error").text()).contains("Filen är tom. Välj en fil med innehåll.");

        Document nothing = html(mvc.perform(upload("", "", new byte[0]).with(user(coordinator))).andReturn());
        assertThat(nothing.select("#error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#kind", "#file");
        assertThat(nothing.select("#kind-error").text()).contains("Välj vilken typ av bilaga det är.");
        assertThat(nothing.select("#file-error").text()).contains("Välj en fil att ladda upp.");
    }

    @Test
    void aFileOverTheServiceLimitGetsTheSizeMessage() throws Exception {
        // MockMvc has no multipart limit, so this reaches the service's own check (the HTTP limit: AttachmentUploadLimitTest).
        Document page = html(mvc.perform(upload("OTHER", "stor.pdf",
                AttachmentSamples.pdfOfSize(AttachmentService.MAX_BYTES + 1)).with(user(coordinator))).andReturn());
        assertThat(page.select("#file-error").text())
                .contains("Filen är större än 20 MB. Välj en mindre fil eller dela upp den.");
    }

    @Test
    void anotherOrganisationsCoordinatorGets404Everywhere() throws Exception {
        long id = storedPdf();
        SamverkanUser stranger = newUser(Role.COORDINATOR, "trelleborg");

        mvc.perform(get(base + "/ny").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(upload("OTHER", "x.pdf", AttachmentSamples.pdf()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + id + "/ta-bort").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + id + "/ta-bort").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reader.document(coordinator, agreementId).attachments()).hasSize(1);
    }

    @Test
    void aSteeringGroupMemberOfAPartyDownloadsButGets403ForChanges() throws Exception {
        long id = storedPdf();
        SamverkanUser member = newUser(Role.STEERING_GROUP, "sollentunahem");

        mvc.perform(get(base + "/" + id).with(user(member))).andExpect(status().isOk());
        mvc.perform(get(base + "/ny").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(upload("OTHER", "x.pdf", AttachmentSamples.pdf()).with(user(member)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + id + "/ta-bort").with(user(member)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(reader.document(coordinator, agreementId).attachments()).hasSize(1);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
        mvc.perform(multipart(base + "/ny").file(file("avtal.pdf", AttachmentSamples.pdf()))
                        .param("kind", "SIGNED_AGREEMENT").with(user(coordinator)))
                .andExpect(status().isForbidden());
        assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
    }

    @Test
    void anUploadFromTheRealLoginSessionWorks() throws Exception {
        String email = new Accounts(accountService, organisations).create(Role.COORDINATOR, "lpo-sollentuna");
        MockHttpSession session = Accounts.logIn(mvc, email, Accounts.PASSWORD);

        mvc.perform(multipart(base + "/ny").file(file("plan.xlsx", AttachmentSamples.resource("uppfoljning.xlsx")))
                        .param("kind", "ACTION_PLAN").session(session).with(csrf()))
                .andExpect(status().isFound());
        AttachmentView stored = reader.document(coordinator, agreementId).attachments().get(0);
        assertThat(stored.contentType()).isEqualTo(AttachmentTypes.XLSX);
        assertThat(stored.kind()).isEqualTo(AttachmentKind.ACTION_PLAN);
    }

    @Test
    void removingAsksOnItsOwnPageAndThenRemoves() throws Exception {
        long id = storedPdf();

        Document confirm = html(mvc.perform(get(base + "/" + id + "/ta-bort").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn());
        assertThat(confirm.select("h1").text()).isEqualTo("Ta bort bilaga");
        assertThat(confirm.select("main p").eachText())
                .contains("Vill du ta bort bilagan ”avtal.pdf” (Underskriven överenskommelse)?");
        assertThat(confirm.selectFirst("main form").attr("action")).isEqualTo(base + "/" + id + "/ta-bort");

        mvc.perform(post(base + "/" + id + "/ta-bort").with(user(coordinator)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/overenskommelser/" + agreementId + "#bilagor"))
                .andExpect(flash().attribute("saved", "attachment.removed"));
        mvc.perform(get(base + "/" + id).with(user(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void aBadAttachmentIdIs400AndAnUnknownOne404() throws Exception {
        mvc.perform(get(base + "/abc").with(user(coordinator))).andExpect(status().isBadRequest());
        mvc.perform(get(base + "/987654321").with(user(coordinator))).andExpect(status().isNotFound());
    }

    private long storedPdf() {
        return attachments.upload(coordinator, agreementId, AttachmentKind.SIGNED_AGREEMENT, "avtal.pdf",
                AttachmentSamples.pdf());
    }

    private MockMultipartHttpServletRequestBuilder upload(String kind, String filename, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart(base + "/ny").file(file(filename, content));
        request.param("kind", kind).with(csrf());
        return request;
    }

    private static MockMultipartFile file(String filename, byte[] content) {
        // The browser's claimed type is deliberately wrong: only the content may decide.
        return new MockMultipartFile("file", filename, "application/pdf", content);
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private SamverkanUser newUser(Role role, String organisationSlug) {
        String email = new Accounts(accountService, organisations).create(role, organisationSlug);
        return (SamverkanUser) users.loadUserByUsername(email);
    }

    private long id(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }
}
