package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementAttachmentRepository extends JpaRepository<AgreementAttachment, Long> {

    /** The list without the files' content. */
    @Query("""
            select new se.samverkan.agreement.AttachmentView(a.id, a.kind, a.filename, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from AgreementAttachment a where a.agreementId = ?1 order by a.uploadedAt, a.id""")
    List<AttachmentView> listByAgreementId(long agreementId);

    Optional<AgreementAttachment> findByIdAndAgreementId(long id, long agreementId);
}
