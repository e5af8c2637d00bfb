package se.samverkan.agreement;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

    Optional<Agreement> findByPredecessorId(long predecessorId);

    /**
     * The agreement with its partners in one statement (every page that checks access reads both); none when the
     * transaction has already read it (a page that checks access and then reads the whole agreement).
     */
    @Override
    @EntityGraph(attributePaths = "partnerIds")
    Optional<Agreement> findById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agreement a where a.id = ?1")
    Agreement lockById(long id);

    @Query("select a.id from Agreement a where a.municipalityId = ?1")
    List<Long> idsOfMunicipality(long municipalityId);

    Optional<Agreement> findFirstByMunicipalityIdAndStatusAndPublicSummaryTrueOrderByPeriodStartDesc(
            long municipalityId, AgreementStatus status);

    @Query("""
            select a from Agreement a
            where a.status = se.samverkan.agreement.AgreementStatus.ACTIVE
              and (a.municipalityId = :organisationId or a.policeAreaId = :organisationId
                   or :organisationId member of a.partnerIds)
            order by a.periodStart desc, a.title""")
    List<Agreement> activeOfParty(long organisationId);

    List<Agreement> findByStatusAndPeriodEndBefore(AgreementStatus status, LocalDate date);

    /** Signed agreements of an organisation whose period overlaps the given days. */
    @Query("""
            select a from Agreement a
            where a.status <> se.samverkan.agreement.AgreementStatus.DRAFT
              and a.periodStart <= :last and a.periodEnd >= :first
              and (a.municipalityId = :organisationId or a.policeAreaId = :organisationId
                   or :organisationId member of a.partnerIds)
            order by a.periodStart desc, a.id""")
    List<Agreement> signedInForceDuring(long organisationId, LocalDate first, LocalDate last);
}
