package se.samverkan.agreement;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Files attached to an agreement: the signed agreement as a scan, action and communication plans. Everyone who may
 * read the agreement may download them; those who may change it upload and remove them.
 */
@Service
@Transactional
public class AttachmentService {

    /** 20 MB, the same limit as the database's check and the upload limit in application.properties. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final String FALLBACK_NAME = "bilaga";

    private final AgreementAccess access;
    private final AgreementAttachmentRepository attachments;
    private final AttachmentTypes types;
    private final AgreementHistory history;
    private final Clock clock;

    AttachmentService(AgreementAccess access, AgreementAttachmentRepository attachments,
                      AttachmentTypes types, AgreementHistory history,
                      Clock clock) {
        this.access = access;
        this.attachments = attachments;
        this.types = types;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Stores a file after checking its size and its type, read from the content. The stored name is cleaned and
     * gets the type's extension when it has none that fits, so that the download opens in the right program.
     *
     * @throws AttachmentRejectedException for an empty or too large file, or a type that is not allowed
     */
    public long upload(SamverkanUser user, long agreementId, AttachmentKind kind, String originalFilename,
                       byte[] content) {
        access.editable(user, agreementId);
        if (kind == null) {
            throw new AttachmentRejectedException("attachment.kind.missing");
        }
        if (content == null || content.length == 0) {
            throw new AttachmentRejectedException("attachment.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejectedException("attachment.file.tooLarge");
        }
        String contentType = types.detect(content, originalFilename)
                .orElseThrow(() -> new AttachmentRejectedException("attachment.file.wrongType"));
        String filename = filename(originalFilename, contentType);
        AgreementAttachment attachment = attachments.save(new AgreementAttachment(agreementId, kind, filename,
                contentType, content, user.displayName(), clock.instant()));
        history.created(agreementId, AgreementPart.ATTACHMENT, filename, user);
        return attachment.getId();
    }

    @Transactional(readOnly = true)
    public AttachmentDownload download(SamverkanUser user, long agreementId, long attachmentId) {
        access.readable(user, agreementId);
        AgreementAttachment attachment = attachments.findByIdAndAgreementId(attachmentId, agreementId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new AttachmentDownload(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
    }

    /** One attachment's name, kind and size, without its content. */
    @Transactional(readOnly = true)
    public AttachmentView get(SamverkanUser user, long agreementId, long attachmentId) {
        access.readable(user, agreementId);
        return attachments.findViewByIdAndAgreementId(attachmentId, agreementId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    public void remove(SamverkanUser user, long agreementId, long attachmentId) {
        access.editable(user, agreementId);
        AttachmentView attachment = attachments.findViewByIdAndAgreementId(attachmentId, agreementId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        attachments.deleteByIdAndAgreementId(attachmentId, agreementId);
        history.removed(agreementId, AgreementPart.ATTACHMENT, attachment.filename(), user);
    }

    private String filename(String originalFilename, String contentType) {
        String extension = types.extension(contentType);
        String name = AttachmentFilenames.sanitise(originalFilename, FALLBACK_NAME + extension);
        if (types.nameFits(name, contentType)) {
            return name;
        }
        return AttachmentFilenames.shorten(name + extension);
    }
}
