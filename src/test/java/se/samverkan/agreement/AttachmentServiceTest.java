package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.common.NotFoundException;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/** Upload, download and removal through the service, on the real database. */
@IntegrationTest
class AttachmentServiceTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementReader reader;

    @Autowired
    SignatoryService signatories;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    SamverkanUser coordinator;
    long agreementId;

    @BeforeEach
    void setUp() {
        coordinator = user(Role.COORDINATOR, "sollentuna");
        agreementId = agreements.create(coordinator, command("Bilagor Sollentuna"));
    }

    @Test
    void storesTheFileAndHandsBackTheSameBytesNameAndType() {
        byte[] pdf = AttachmentSamples.pdf();
        long id = attachments.upload(coordinator, agreementId, AttachmentKind.SIGNED_AGREEMENT,
                "Underskriven överenskommelse.pdf", pdf);

        AttachmentDownload download = attachments.download(coordinator, agreementId, id);
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(download.filename()).isEqualTo("Underskriven överenskommelse.pdf");
        assertThat(download.contentType()).isEqualTo("application/pdf");

        AttachmentView listed = reader.document(coordinator, agreementId).attachments().get(0);
        assertThat(listed.id()).isEqualTo(id);
        assertThat(listed.kind()).isEqualTo(AttachmentKind.SIGNED_AGREEMENT);
        assertThat(listed.sizeBytes()).isEqualTo(pdf.length);
        assertThat(listed.uploadedBy()).isEqualTo(coordinator.displayName());
    }

    @Test
    void theUploadIsInTheHistoryWithTheFileName() {
        attachments.upload(coordinator, agreementId, AttachmentKind.ACTION_PLAN, "handlingsplan.docx",
                AttachmentSamples.resource("handlingsplan.docx"));

        HistoryEntry latest = reader.history(coordinator, agreementId, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(latest.part()).isEqualTo(AgreementPart.ATTACHMENT);
        assertThat(latest.partLabel()).isEqualTo("handlingsplan.docx");
        assertThat(latest.action()).isEqualTo("CREATED");
        assertThat(latest.changedBy()).isEqualTo(coordinator.displayName());
    }

    @Test
    void theStoredTypeAndExtensionComeFromTheContent() {
        long png = attachments.upload(coordinator, agreementId, AttachmentKind.OTHER, "karta",
                AttachmentSamples.image("png"));
        long renamed = attachments.upload(coordinator, agreementId, AttachmentKind.OTHER, "karta.pdf",
                AttachmentSamples.image("png"));

        assertThat(attachments.download(coordinator, agreementId, png).filename()).isEqualTo("karta.png");
        assertThat(attachments.download(coordinator, agreementId, renamed).filename()).isEqualTo("karta.pdf.png");
        assertThat(attachments.download(coordinator, agreementId, renamed).contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesAProgramOrWebPageNamedAsPdf() {
        assertRejected(AttachmentSamples.windowsProgram(), "avtal.pdf", "attachment.file.wrongType");
        assertRejected(AttachmentSamples.html(), "avtal.pdf", "attachment.file.wrongType");
        assertThat(reader.document(coordinator, agreementId).attachments()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(new byte[0], "tom.pdf", "attachment.file.empty");
    }

    @Test
    void refusesAFileOneByteOver20MegabytesAndAcceptsOneOfExactly20() {
        assertRejected(AttachmentSamples.pdfOfSize(20 * 1024 * 1024 + 1), "stor.pdf", "attachment.file.tooLarge");

        // The database's own check allows exactly the same size.
        long id = attachments.upload(coordinator, agreementId, AttachmentKind.SIGNED_AGREEMENT, "precis.pdf",
                AttachmentSamples.pdfOfSize(AttachmentService.MAX_BYTES));
        assertThat(attachments.get(coordinator, agreementId, id).sizeBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void anotherOrganisationsCoordinatorIsToldTheAttachmentDoesNotExist() {
        long id = upload();
        SamverkanUser stranger = user(Role.COORDINATOR, "trelleborg");

        assertThatThrownBy(() -> attachments.download(stranger, agreementId, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.get(stranger, agreementId, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.remove(stranger, agreementId, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.upload(stranger, agreementId, AttachmentKind.OTHER, "x.pdf",
                AttachmentSamples.pdf())).isInstanceOf(NotFoundException.class);
        assertThat(attachments.download(coordinator, agreementId, id).content()).isEqualTo(AttachmentSamples.pdf());
    }

    @Test
    void aSteeringGroupMemberOfAPartyDownloadsButDoesNotChange() {
        long id = upload();
        SamverkanUser member = user(Role.STEERING_GROUP, "lpo-sollentuna");

        assertThat(attachments.download(member, agreementId, id).content()).isEqualTo(AttachmentSamples.pdf());
        assertThatThrownBy(() -> attachments.upload(member, agreementId, AttachmentKind.OTHER, "x.pdf",
                AttachmentSamples.pdf())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.remove(member, agreementId, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAttachmentIsOnlyFoundThroughItsOwnAgreement() {
        long id = upload();
        long otherAgreement = agreements.create(coordinator, command("Annan överenskommelse"));

        assertThatThrownBy(() -> attachments.download(coordinator, otherAgreement, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.remove(coordinator, otherAgreement, id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingDeletesTheFileAndWritesTheHistory() {
        long id = upload();

        attachments.remove(coordinator, agreementId, id);

        assertThatThrownBy(() -> attachments.download(coordinator, agreementId, id))
                .isInstanceOf(NotFoundException.class);
        HistoryEntry latest = reader.history(coordinator, agreementId, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(latest.action()).isEqualTo("REMOVED");
        assertThat(latest.partLabel()).isEqualTo("avtal.pdf");
    }

    @Test
    void anEndedAgreementTakesNoNewAttachments() {
        long partnerless = agreements.create(coordinator, new AgreementCommand("Avslutad", id("sollentuna"),
                id("lpo-sollentuna"), Set.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), null, null,
                null, 0));
        for (String party : new String[] {"sollentuna", "lpo-sollentuna"}) {
            signatories.create(coordinator, partnerless,
                    new SignatoryCommand("Namn " + party, "Ordförande", id(party), LocalDate.of(2025, 1, 1), 0));
        }
        agreements.sign(coordinator, partnerless);
        agreements.end(coordinator, partnerless, LocalDate.of(2026, 1, 1), "Ersatt av ett nytt arbetssätt",
                reader.get(coordinator, partnerless).version());

        assertThatThrownBy(() -> attachments.upload(coordinator, partnerless, AttachmentKind.OTHER, "sen.pdf",
                AttachmentSamples.pdf())).isInstanceOf(AgreementStateException.class);
    }

    private long upload() {
        return attachments.upload(coordinator, agreementId, AttachmentKind.SIGNED_AGREEMENT, "avtal.pdf",
                AttachmentSamples.pdf());
    }

    private void assertRejected(byte[] content, String name, String messageKey) {
        assertThatThrownBy(() -> attachments.upload(coordinator, agreementId, AttachmentKind.OTHER, name, content))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private SamverkanUser user(Role role, String organisationSlug) {
        String email = new Accounts(accountService, organisations).create(role, organisationSlug);
        return (SamverkanUser) users.loadUserByUsername(email);
    }

    private long id(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }

    private AgreementCommand command(String title) {
        return new AgreementCommand(title, id("sollentuna"), id("lpo-sollentuna"), Set.of(id("sollentunahem")),
                LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), "KS 2026/7", "Syfte", null, 0);
    }
}
