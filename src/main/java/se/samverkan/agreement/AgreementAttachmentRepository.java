package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgreementAttachmentRepository extends JpaRepository<AgreementAttachment, Long> {

    /** The list without the files' content. */
    @Query("""
            select new se.samverkan.agreement.AttachmentView(a.id, a.kind, a.filename, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from AgreementAttachment a where a.agreementId = ?1 order by a.uploadedAt, a.id""")
    List<AttachmentView> listByAgreementId(long agreementId);

    /** One attachment without its content (the entity would load all of it: there is no bytecode enhancement). */
    @Query("""
            select new se.samverkan.agreement.AttachmentView(a.id, a.kind, a.filename, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from AgreementAttachment a where a.id = ?1 and a.agreementId = ?2""")
    Optional<AttachmentView> findViewByIdAndAgreementId(long id, long agreementId);

    Optional<AgreementAttachment> findByIdAndAgreementId(long id, long agreementId);

    /** Removes without loading the content first; returns how many rows went (0 or 1). */
    @Modifying
    @Query("delete from AgreementAttachment a where a.id = ?1 and a.agreementId = ?2")
    int deleteByIdAndAgreementId(long id, long agreementId);
}
