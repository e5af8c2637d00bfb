package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureUpdateRepository extends JpaRepository<MeasureUpdate, Long> {

    Page<MeasureUpdate> findByMeasureIdOrderByUpdatedOnDescIdDesc(long measureId, Pageable pageable);

    Optional<MeasureUpdate> findFirstByMeasureIdOrderByUpdatedOnDescIdDesc(long measureId);

    /** Each measure's newest update on or before {@code upTo}, for the measures of one agreement that have any. */
    @Query("""
            select u from MeasureUpdate u where u.agreementId = ?1 and u.updatedOn <= ?2
              and not exists (select 1 from MeasureUpdate n where n.measureId = u.measureId and n.updatedOn <= ?2
                              and (n.updatedOn > u.updatedOn or n.updatedOn = u.updatedOn and n.id > u.id))""")
    List<MeasureUpdate> newestOf(long agreementId, LocalDate upTo);

    /**
     * Planned, ongoing and postponed measures of the organisation's active agreements that need attention: their
     * end date is before {@code today}, or they have started and had no update since {@code cutoff} (a measure never
     * updated counts from its own start or its agreement's, whichever is later). By agreement title, then id.
     */
    @Query("""
            select new se.samverkan.agreement.MeasureAttentionRow(m.id, m.title, a.id, a.title, m.endDate, m.status,
                (select max(u.updatedOn) from MeasureUpdate u where u.measureId = m.id),
                case when m.startDate > a.periodStart then m.startDate else a.periodStart end,
                case when m.startDate is null or m.startDate <= :today then true else false end)
            from Measure m, Agreement a
            where a.id = m.agreementId and a.status = se.samverkan.agreement.AgreementStatus.ACTIVE
              and (a.municipalityId = :organisationId or a.policeAreaId = :organisationId
                   or :organisationId member of a.partnerIds)
              and m.status in (se.samverkan.agreement.MeasureStatus.PLANNED,
                               se.samverkan.agreement.MeasureStatus.ONGOING,
                               se.samverkan.agreement.MeasureStatus.POSTPONED)
              and (m.endDate < :today
                   or (m.startDate is null or m.startDate <= :today)
                      and coalesce((select max(u.updatedOn) from MeasureUpdate u where u.measureId = m.id),
                                   case when m.startDate > a.periodStart then m.startDate else a.periodStart end)
                          < :cutoff)
            order by a.title, m.id""")
    List<MeasureAttentionRow> needingAttention(long organisationId, LocalDate cutoff, LocalDate today);
}
