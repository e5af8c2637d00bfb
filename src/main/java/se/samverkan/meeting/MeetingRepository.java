package se.samverkan.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByIdAndAgreementId(long id, long agreementId);

    /** The newest first, so planned meetings (dated after today) come on top. */
    @Query(value = """
            select m from Meeting m where m.agreementId = ?1
            order by m.meetingDate desc, m.startTime desc nulls last, m.id desc""",
            countQuery = "select count(m) from Meeting m where m.agreementId = ?1")
    Page<Meeting> listOf(long agreementId, Pageable pageable);

    /**
     * The agreement's last meeting on or before {@code today} and its next one after, each with the number of the
     * agreement's meetings and of their decisions; no row when it has no meeting. One statement.
     */
    @Query("""
            select m, (select count(c) from Meeting c where c.agreementId = ?1),
                   (select count(d) from MeetingDecision d where d.agreementId = ?1)
            from Meeting m where m.agreementId = ?1
              and (m.id = (select l.id from Meeting l where l.agreementId = ?1 and l.meetingDate <= ?2
                           order by l.meetingDate desc, l.id desc limit 1)
                or m.id = (select n.id from Meeting n where n.agreementId = ?1 and n.meetingDate > ?2
                           order by n.meetingDate, n.id limit 1))""")
    List<Object[]> lastAndNextWithCounts(long agreementId, LocalDate today);

    /**
     * The agreement's meetings between the days (both included) with their decisions, in one statement: a row per
     * meeting and decision (the decision null when it has none), by date, then id.
     */
    @Query("""
            select m, d from Meeting m left join MeetingDecision d on d.meetingId = m.id
            where m.agreementId = ?1 and m.meetingDate between ?2 and ?3
            order by m.meetingDate, m.id, d.id""")
    List<Object[]> withDecisionsBetween(long agreementId, LocalDate from, LocalDate to);


    /** The meetings on or after {@code today} of any of the agreements, the earliest first. */
    List<Meeting> findByAgreementIdInAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAscIdAsc(
            Collection<Long> agreementIds, LocalDate today);

    /** Agreement id and the date of its last meeting held on or before {@code today}. */
    @Query("""
            select m.agreementId, max(m.meetingDate) from Meeting m
            where m.agreementId in ?1 and m.meetingDate <= ?2 group by m.agreementId""")
    List<Object[]> lastHeld(Collection<Long> agreementIds, LocalDate today);
}
