package se.samverkan.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByDueDateAscIdAsc(long meetingId);

    Optional<ActionItem> findByIdAndMeetingId(long id, long meetingId);

    boolean existsByMeetingId(long meetingId);

    List<ActionItem> findByAgreementIdAndDoneOnIsNullOrderByDueDateAscIdAsc(long agreementId);

    /** The open action items of the agreements, the earliest due first, each with its meeting's date. */
    @Query("""
            select a, m.meetingDate from ActionItem a join Meeting m on m.id = a.meetingId
            where a.agreementId in ?1 and a.doneOn is null order by a.dueDate, a.id""")
    List<Object[]> openWithMeetingDate(Collection<Long> agreementIds);

    /** Meeting id, number of action items, number of them still open. */
    @Query("""
            select a.meetingId, count(a), sum(case when a.doneOn is null then 1 else 0 end)
            from ActionItem a where a.meetingId in ?1 group by a.meetingId""")
    List<Object[]> countsOf(Collection<Long> meetingIds);
}
