package se.samverkan.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an agreement, kept in PostgreSQL. Lists read it without its content. */
@Entity
@Table(name = "agreement_attachment")
class AgreementAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;

    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;

    private String filename;
    private String contentType;
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;
    private Instant uploadedAt;

    protected AgreementAttachment() {
    }

    AgreementAttachment(long agreementId, AttachmentKind kind, String filename, String contentType, byte[] content,
                        String uploadedBy, Instant uploadedAt) {
        this.agreementId = agreementId;
        this.kind = kind;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    AttachmentView toView() {
        return new AttachmentView(id, kind, filename, contentType, sizeBytes, uploadedBy, uploadedAt);
    }

    Long getId() {
        return id;
    }

    String getFilename() {
        return filename;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
