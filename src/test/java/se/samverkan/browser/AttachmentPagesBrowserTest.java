package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AttachmentSamples;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.ServerTest;

/**
 * The upload and removal pages in Chromium, as a coordinator uses them: a refused file, a file over 20 MB and a good
 * one, then the removal. Screenshots in target/screenshots/, and no WCAG 2.1 A/AA violations found by axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
class AttachmentPagesBrowserTest {

    @LocalServerPort
    int port;

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

    @TempDir
    Path files;

    @Test
    void aCoordinatorIsToldWhatIsWrongThenUploadsAndRemovesAnAttachment() throws Exception {
        String email = new Accounts(accountService, organisations).create(Role.COORDINATOR, "trelleborg");
        SamverkanUser coordinator = (SamverkanUser) users.loadUserByUsername(email);
        long agreementId = agreements.create(coordinator, new AgreementCommand("Trygg i Trelleborg 2027–2030",
                id("trelleborg"), id("lpo-trelleborg"), Set.of(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2030, 12, 31), null, null, null, 0));
        String upload = "/overenskommelser/" + agreementId + "/bilagor/ny";

        try (Browser b = new Browser("http://localhost:" + port)) {
            b.logIn(email, Accounts.PASSWORD);
            b.open(upload);
            assertThat(b.title()).isEqualTo("Ladda upp bilaga – Samverkan");
            b.check("attachment-01-upload-form");

            choose(b, "avtal.pdf", AttachmentSamples.windowsProgram());
            b.submit();
            assertThat(b.title()).isEqualTo("Fel: Ladda upp bilaga – Samverkan");
            assertThat(b.find(By.id("error-summary")).getText()).contains("Den här typen av fil går inte att ladda upp");
            b.check("attachment-02-wrong-type");

            choose(b, "stor.pdf", AttachmentSamples.pdfOfSize(21 * 1024 * 1024));
            b.submit();
            assertThat(b.title()).isEqualTo("Fel: Ladda upp bilaga – Samverkan");
            assertThat(b.find(By.id("error-summary")).getText()).contains("Filen är större än 20 MB");
            b.check("attachment-03-too-large");
            b.resize(360, 800);
            b.check("attachment-04-too-large-360px");
            b.resize(1280, 900);

            choose(b, "Underskriven överenskommelse.pdf", AttachmentSamples.pdf());
            b.submit();
            assertThat(b.currentPath()).isEqualTo("/overenskommelser/" + agreementId + "#bilagor");
            long attachmentId = reader.document(coordinator, agreementId).attachments().get(0).id();

            b.open("/overenskommelser/" + agreementId + "/bilagor/" + attachmentId + "/ta-bort");
            assertThat(b.heading()).isEqualTo("Ta bort bilaga");
            assertThat(b.pageText()).contains("”Underskriven överenskommelse.pdf”");
            b.check("attachment-05-remove");
            b.submit();
            assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
        }
    }

    private void choose(Browser b, String filename, byte[] content) throws Exception {
        Path file = files.resolve(filename);
        Files.write(file, content);
        b.find(By.cssSelector("#kind option[value=SIGNED_AGREEMENT]")).click();
        b.find(By.id("file")).sendKeys(file.toString());
    }

    private long id(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }
}
