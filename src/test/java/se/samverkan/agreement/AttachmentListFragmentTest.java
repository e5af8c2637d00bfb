package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * The attachment list fragment, rendered by the application's template engine through the same th:replace the
 * agreement page uses (src/test/resources/templates/test/attachments-host.html).
 */
@IntegrationTest
class AttachmentListFragmentTest {

    private static final long MEGABYTE = 1024 * 1024;

    @Autowired
    SpringTemplateEngine engine;

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

    AgreementView asCoordinator;
    AgreementView asSteeringGroup;

    @BeforeEach
    void setUp() {
        SamverkanUser coordinator = user(Role.COORDINATOR, "tranemo");
        long id = agreements.create(coordinator, new AgreementCommand("Trygg i Tranemo", id("tranemo"),
                id("lpo-tranemo"), Set.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), null, null, null,
                0));
        asCoordinator = reader.get(coordinator, id);
        asSteeringGroup = reader.get(user(Role.STEERING_GROUP, "lpo-tranemo"), id);
    }

    @Test
    void listsEachAttachmentWithKindDownloadLinkSizeUploaderAndSwedishDate() {
        Document html = render(asCoordinator, List.of(
                attachment(7, AttachmentKind.SIGNED_AGREEMENT, "Överenskommelse.pdf", 1536,
                        Instant.parse("2026-11-22T23:30:00Z")),
                attachment(8, AttachmentKind.ACTION_PLAN, "Handlingsplan.docx", 5 * MEGABYTE / 2,
                        Instant.parse("2026-11-20T10:00:00Z"))), Locale.forLanguageTag("sv"));

        Element section = html.selectFirst("section#bilagor");
        assertThat(section.select("h2").text()).isEqualTo("Bilagor");
        assertThat(section.select("caption").text()).isEqualTo("Bilagor till överenskommelsen");
        assertThat(section.select("thead th[scope=col]")).hasSize(6);
        List<String> first = section.select("tbody tr").get(0).select("td").eachText();
        assertThat(first).containsExactly("Underskriven överenskommelse", "Överenskommelse.pdf", "2 kB",
                "Test COORDINATOR", "2026-11-23", "Ta bort Överenskommelse.pdf");
        assertThat(section.select("tbody tr").get(1).select("td").get(2).text()).isEqualTo("2,5 MB");
        String agreementPath = "/overenskommelser/" + asCoordinator.id();
        assertThat(section.select("tbody tr").get(0).select("a").eachAttr("href"))
                .containsExactly(agreementPath + "/bilagor/7", agreementPath + "/bilagor/7/ta-bort");
        assertThat(section.select("a.button").attr("href")).isEqualTo(agreementPath + "/bilagor/ny");
    }

    @Test
    void thoseWhoMayOnlyReadSeeNoChangeLinks() {
        Document html = render(asSteeringGroup, List.of(attachment(7, AttachmentKind.OTHER, "karta.png", 100,
                Instant.parse("2026-11-20T10:00:00Z"))), Locale.forLanguageTag("sv"));

        assertThat(html.select("thead th")).hasSize(5);
        assertThat(html.select("a").eachAttr("href"))
                .containsExactly("/overenskommelser/" + asSteeringGroup.id() + "/bilagor/7");
    }

    @Test
    void theEmptyStateSaysWhatIsMissingAndLinksToTheUploadForThoseWhoMayUpload() {
        Document editable = render(asCoordinator, List.of(), Locale.forLanguageTag("sv"));
        assertThat(editable.select(".empty-state").text()).startsWith("Överenskommelsen har inga bilagor än.");
        assertThat(editable.select(".empty-state a").attr("href"))
                .isEqualTo("/overenskommelser/" + asCoordinator.id() + "/bilagor/ny");
        assertThat(editable.select("table")).isEmpty();

        Document readOnly = render(asSteeringGroup, List.of(), Locale.forLanguageTag("sv"));
        assertThat(readOnly.select(".empty-state").text()).startsWith("Överenskommelsen har inga bilagor än.");
        assertThat(readOnly.select("a")).isEmpty();
    }

    @Test
    void speaksEnglishWithEnglishNumbers() {
        Document html = render(asCoordinator, List.of(attachment(8, AttachmentKind.COMMUNICATION_PLAN, "plan.pptx",
                5 * MEGABYTE / 2, Instant.parse("2026-11-20T10:00:00Z"))), Locale.ENGLISH);

        assertThat(html.select("h2").text()).isEqualTo("Attachments");
        assertThat(html.select("tbody td").eachText()).contains("Communication plan", "2.5 MB");
    }

    private Document render(AgreementView agreement, List<AttachmentView> attachments, Locale locale) {
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
        Map<String, Object> document = Map.of("agreement", agreement, "attachments", attachments);
        return Jsoup.parse(engine.process("test/attachments-host",
                new WebContext(exchange, locale, Map.of("document", document))));
    }

    private static AttachmentView attachment(long id, AttachmentKind kind, String filename, long size, Instant at) {
        return new AttachmentView(id, kind, filename, "application/octet-stream", size, "Test COORDINATOR", at);
    }

    private SamverkanUser user(Role role, String organisationSlug) {
        return (SamverkanUser) users.loadUserByUsername(
                new Accounts(accountService, organisations).create(role, organisationSlug));
    }

    private long id(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }
}
