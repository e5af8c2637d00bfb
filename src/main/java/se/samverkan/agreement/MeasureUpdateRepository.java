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

    /** The date of each measure's newest update, for the measures of one agreement that have any. */
    @Query("select u.measureId, max(u.updatedOn) from MeasureUpdate u where u.agreementId = ?1 group by u.measureId")
    List<Object[]> lastUpdatesOf(long agreementId);

    /** Each measure's newest update on or before {@code upTo}, for the measures of one agreement that have any. */
    @Query("""
            select u from MeasureUpdate u where u.agreementId = ?1 and u.updatedOn <= ?2
              and not exists (select 1 from MeasureUpdate n where n.measureId = u.measureId and n.updatedOn <= ?2
                              and (n.updatedOn > u.updatedOn or n.updatedOn = u.updatedOn and n.id > u.id))""")
    List<MeasureUpdate> newestOf(long agreementId, LocalDate upTo);

    /** Measures of the organisation's active agreements whose end date has passed and that are not finished. */
    @Query("""
            select new se.samverkan.agreement.MeasurePastEnd(m.id, m.title, a.id, a.title, m.endDate, m.status)
            from Measure m, Agreement a
            where a.id = m.agreementId and a.status = se.samverkan.agreement.AgreementStatus.ACTIVE
              and (a.municipalityId = :organisationId or a.policeAreaId = :organisationId
                   or :organisationId member of a.partnerIds)
              and m.endDate < :today
              and m.status not in (se.samverkan.agreement.MeasureStatus.DONE,
                                   se.samverkan.agreement.MeasureStatus.CANCELLED)
            order by m.endDate, a.title, m.id""")
    List<MeasurePastEnd> pastEnd(long organisationId, LocalDate today);

    /**
     * Planned, ongoing and postponed measures of the organisation's active agreements with no update since
     * {@code cutoff}; a measure never updated counts from its own start or its agreement's, whichever is later.
     * Measures that start after {@code today} are left out.
     */
    @Query("""
            select new se.samverkan.agreement.MeasureWithoutUpdate(m.id, m.title, a.id, a.title,
                (select max(u.updatedOn) from MeasureUpdate u where u.measureId = m.id),
                case when m.startDate > a.periodStart then m.startDate else a.periodStart end)
            from Measure m, Agreement a
            where a.id = m.agreementId and a.status = se.samverkan.agreement.AgreementStatus.ACTIVE
              and (a.municipalityId = :organisationId or a.policeAreaId = :organisationId
                   or :organisationId member of a.partnerIds)
              and m.status in (se.samverkan.agreement.MeasureStatus.PLANNED,
                               se.samverkan.agreement.MeasureStatus.ONGOING,
                               se.samverkan.agreement.MeasureStatus.POSTPONED)
              and (m.startDate is null or m.startDate <= :today)
              and coalesce((select max(u.updatedOn) from MeasureUpdate u where u.measureId = m.id),
                           case when m.startDate > a.periodStart then m.startDate else a.periodStart end) < :cutoff
            order by a.title, m.id""")
    List<MeasureWithoutUpdate> withoutUpdateSince(long organisationId, LocalDate cutoff, LocalDate today);
}
