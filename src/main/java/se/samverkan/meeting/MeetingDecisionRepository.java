package se.samverkan.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, Long> {

    List<MeetingDecision> findByMeetingIdOrderById(long meetingId);

    Optional<MeetingDecision> findByIdAndMeetingId(long id, long meetingId);

    boolean existsByMeetingId(long meetingId);

    @Query("select d.meetingId, count(d) from MeetingDecision d where d.meetingId in ?1 group by d.meetingId")
    List<Object[]> countsOf(Collection<Long> meetingIds);
}
