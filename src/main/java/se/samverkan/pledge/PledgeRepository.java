package se.samverkan.pledge;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PledgeRepository extends JpaRepository<Pledge, Long>, JpaSpecificationExecutor<Pledge> {

    Optional<Pledge> findByPredecessorId(long predecessorId);

    boolean existsByMunicipalityIdAndSlugAndIdNot(long municipalityId, String slug, long id);

    Optional<Pledge> findByMunicipalityIdAndSlug(long municipalityId, String slug);

    List<Pledge> findByMunicipalityIdAndStatusInOrderByPeriodStartDescIdDesc(long municipalityId,
                                                                            Collection<PledgeStatus> statuses);

    List<Pledge> findByAgreementIdOrderByPeriodStartDescIdDesc(long agreementId);

    List<Pledge> findByStatusInOrderByPeriodStartDescIdDesc(Collection<PledgeStatus> statuses);

    List<Pledge> findByIdIn(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pledge p where p.id = ?1")
    Pledge lockById(long id);

    @Query("select distinct p.municipalityId from Pledge p where p.status <> se.samverkan.pledge.PledgeStatus.DRAFT")
    List<Long> municipalitiesWithPublicPledges();

    /** The organisation's published pledges with the day of their newest news (update or publication). */
    @Query("""
            select new se.samverkan.pledge.PledgeRepository$LastNews(p.id, p.title, p.periodEnd,
                   coalesce(max(u.publishedOn), p.publishedOn))
            from Pledge p left join PledgeUpdate u on u.pledgeId = p.id
            where p.status = se.samverkan.pledge.PledgeStatus.PUBLISHED
              and (p.municipalityId = :organisationId or p.policeAreaId = :organisationId
                   or :organisationId member of p.partnerIds)
            group by p.id, p.title, p.periodEnd, p.publishedOn""")
    List<LastNews> publishedWithLastNews(long organisationId);

    record LastNews(long id, String title, LocalDate periodEnd, LocalDate lastNews) {
    }
}
