package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.Role;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/** The report pages over HTTP (MockMvc) on real PostgreSQL: access, validation, review, PDF and CSV. */
@IntegrationTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportService reports;

    ReportFixtures fixture;
    MockHttpSession coordinator;
    String path;

    @BeforeEach
    void aCoordinatorOfSollentunaIsLoggedIn() throws Exception {
        fixture = ReportFixtures.create(context, "Rapportsidor " + System.nanoTime());
        coordinator = logIn(fixture.coordinator);
        path = fixture.path();
    }

    private MockHttpSession logIn(SamverkanUser user) throws Exception {
        return Accounts.logIn(mvc, user.getUsername(), Accounts.PASSWORD);
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return logIn(fixture.agreements.user(role, organisation));
    }

    @Test
    void theAgreementPageListsTheYearsAndAReportIsStartedWrittenAndReviewed() throws Exception {
        mvc.perform(get("/overenskommelser/" + fixture.agreementId).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"arsrapporter\"")));
        mvc.perform(get(path).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inte påbörjad")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString("Narkotikasök med hund på skolorna")))
                .andExpect(content().string(not(containsString("Ny fritidsgård"))));
        mvc.perform(post(path).session(coordinator).with(csrf())).andExpect(redirectedUrl(path));
        mvc.perform(post(path).session(coordinator).with(csrf())).andExpect(status().isConflict());

        String section = path + "/avsnitt/analys-" + fixture.youthArea;
        mvc.perform(get(section).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unga och droger")));
        mvc.perform(post(section).session(coordinator).with(csrf()).param("sectionText", " ").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sectionText"))
                .andExpect(content().string(containsString("Skriv texten innan du sparar.")));
        mvc.perform(post(section).session(coordinator).with(csrf())
                        .param("sectionText", "Färre unga **provade** narkotika.").param("version", "0"))
                .andExpect(redirectedUrl(path + "#analys-" + fixture.youthArea));
        mvc.perform(post(section).session(coordinator).with(csrf())
                        .param("sectionText", "Gammal version").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Färre unga **provade** narkotika.")));
        mvc.perform(get(path).session(coordinator))
                .andExpect(content().string(containsString("<strong>provade</strong>")))
                .andExpect(content().string(containsString("Senast sparad av")));

        mvc.perform(post(path + "/granskning").session(coordinator).with(csrf())).andExpect(redirectedUrl(path));
        MockHttpSession police = logIn(fixture.policeMember);
        String comments = section + "/kommentarer";
        mvc.perform(post(comments).session(police).with(csrf()).param("commentText", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv din kommentar.")));
        mvc.perform(post(comments).session(police).with(csrf()).param("commentText", "Nämn hundarna."))
                .andExpect(redirectedUrlPattern(comments + "#kommentar-*"));
        long commentId = reports.comment(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.analysis(fixture.youthArea), "En till.");
        mvc.perform(get(comments).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nämn hundarna.")));
        mvc.perform(get(path + "/kommentarer/" + commentId + "/svar").session(police))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/kommentarer/" + commentId + "/svar").session(coordinator).with(csrf())
                        .param("answerText", "Tillagt.").param("resolve", "true"))
                .andExpect(redirectedUrl(comments + "#kommentar-" + commentId));
        mvc.perform(get(comments).session(police)).andExpect(content().string(containsString("Tillagt.")))
                .andExpect(content().string(containsString("Löst")));

        mvc.perform(post(path + "/godkannande").session(coordinator).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/godkannande").session(police).with(csrf()))
                .andExpect(redirectedUrl(path + "#godkannande"));
        mvc.perform(post(path + "/godkannande").session(police).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post(path + "/godkannande").session(logIn(fixture.municipalityMember)).with(csrf()));
        mvc.perform(post(path + "/godkannande").session(logIn(fixture.housingMember)).with(csrf()));
        mvc.perform(get(path).session(coordinator))
                .andExpect(content().string(containsString("Godkänd")))
                .andExpect(content().string(containsString("är låst")));
        mvc.perform(get(section).session(coordinator)).andExpect(status().isConflict());

        mvc.perform(post(path + "/presentation").session(coordinator).with(csrf())
                        .param("recipient", "MUNICIPAL_BOARD").param("presentedOn", "inte-ett-datum"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv datumet som ÅÅÅÅ-MM-DD")));
        mvc.perform(post(path + "/presentation").session(coordinator).with(csrf())
                        .param("recipient", "MUNICIPAL_BOARD").param("presentedOn", "2028-03-14")
                        .param("caseNumber", "KS 2028/17"))
                .andExpect(redirectedUrl(path + "#presentation"));
        mvc.perform(get(path).session(coordinator))
                .andExpect(content().string(containsString("Redovisad 2028-03-14, diarienummer KS 2028/17")));

        mvc.perform(get(path + "/ny-revision").session(coordinator)).andExpect(status().isOk());
        mvc.perform(post(path + "/ny-revision").session(coordinator).with(csrf())).andExpect(redirectedUrl(path));
        mvc.perform(get(path).param("revision", "1").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("har ersatts av en senare revision")));
    }

    @Test
    void theReportIsAPdfWithSwedishTextAndEveryFocusArea() throws Exception {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, SectionKey.SUMMARY,
                new SectionCommand("Tryggheten ökade på torget i Häggvik och i Rotebro.", 0));
        byte[] bytes = mvc.perform(get(path + ".pdf").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("arsrapport-2027-")))
                .andReturn().getResponse().getContentAsByteArray();
        // Kept for a person to look at (pdftoppm target/report-sample.pdf).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-sample.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Årsrapport 2027", "Tryggheten ökade på torget i Häggvik och i Rotebro.",
                    "Unga och droger", "Våld i nära relation", "Innehåll", "Narkotikasök med hund");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Årsrapport 2027");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void theCsvListsTheMeasuresOfTheYear() throws Exception {
        String csv = mvc.perform(get(path + ".csv").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFrecord_type;year;focus_area;title");
        assertThat(csv).contains("measure;2027;Unga och droger;Narkotikasök med hund på skolorna;"
                + "Lokalpolisområde Sollentuna;ONGOING;2027-01-01;2027-12-31");
        assertThat(csv).doesNotContain("Ny fritidsgård");
        assertThat(csv.lines().count()).isEqualTo(5);
    }

    @Test
    void badYearsAnswer404Or400() throws Exception {
        String base = "/overenskommelser/" + fixture.agreementId + "/arsrapporter/";
        mvc.perform(get(base + "2026").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get(base + "2031").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get(base + "2031.pdf").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get(base + "abc").session(coordinator)).andExpect(status().isBadRequest());
        mvc.perform(get(base + "abc.pdf").session(coordinator)).andExpect(status().isBadRequest());
        mvc.perform(get(base + "99999999999").session(coordinator)).andExpect(status().isBadRequest());
        mvc.perform(get(base + "2027/avsnitt/okand-1").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get(base + "2027").param("revision", "x").session(coordinator)).andExpect(status().isBadRequest());
    }

    @Test
    void usersOfAnotherMunicipalityGet404OnEveryPageAndAction() throws Exception {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        long commentId = reports.comment(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.SUMMARY, "Kommentar");
        String area = String.valueOf(fixture.youthArea);
        for (MockHttpSession stranger : List.of(session(Role.COORDINATOR, "tranemo"),
                session(Role.STEERING_GROUP, "trelleborg"), session(Role.READER, "lpo-tranemo"))) {
            for (String page : List.of(path, path + ".pdf", path + ".csv", path + "/avsnitt/sammanfattning",
                    path + "/avsnitt/analys-" + area + "/kommentarer", path + "/kommentarer/" + commentId + "/svar",
                    path + "/ny-revision", path + "/presentation")) {
                mvc.perform(get(page).session(stranger)).andExpect(status().isNotFound());
            }
            for (String action : List.of(path, path + "/granskning", path + "/godkannande", path + "/ny-revision",
                    path + "/avsnitt/sammanfattning", path + "/avsnitt/sammanfattning/kommentarer",
                    path + "/kommentarer/" + commentId + "/svar", path + "/kommentarer/" + commentId + "/lost",
                    path + "/presentation")) {
                mvc.perform(post(action).session(stranger).with(csrf()).param("sectionText", "Kapad")
                                .param("commentText", "Kapad").param("answerText", "Kapad").param("version", "0")
                                .param("recipient", "MUNICIPAL_BOARD").param("presentedOn", "2028-01-01"))
                        .andExpect(status().isNotFound());
            }
        }
    }

    @Test
    void readersOfThePartiesReadButDoNotWriteOrComment() throws Exception {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        MockHttpSession reader = session(Role.READER, "sollentunahem");
        mvc.perform(get(path).session(reader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/avsnitt/sammanfattning\""))));
        mvc.perform(get(path + ".pdf").session(reader)).andExpect(status().isOk());
        mvc.perform(get(path + "/avsnitt/sammanfattning").session(reader)).andExpect(status().isForbidden());
        mvc.perform(post(path + "/avsnitt/sammanfattning").session(reader).with(csrf())
                .param("sectionText", "Nej").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(path + "/avsnitt/sammanfattning/kommentarer").session(reader).with(csrf())
                .param("commentText", "Nej")).andExpect(status().isForbidden());
        mvc.perform(post(path + "/granskning").session(reader).with(csrf())).andExpect(status().isForbidden());
    }
}
