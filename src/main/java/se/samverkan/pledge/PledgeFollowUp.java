package se.samverkan.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.security.SamverkanUser;

/**
 * The pledges of the user's own organisation that need a progress update or their year-end result, for the
 * dashboard. Residents are promised news on the steering group's rhythm, so a pledge is due when its newest news is
 * older than the given number of days.
 */
@Service
@Transactional(readOnly = true)
public class PledgeFollowUp {

    private final PledgeRepository pledges;
    private final Clock clock;

    PledgeFollowUp(PledgeRepository pledges, Clock clock) {
        this.pledges = pledges;
        this.clock = clock;
    }

    /** Oldest news first; pledges whose result is due come first of all. */
    public List<PledgeDue> dueForUpdate(SamverkanUser user, int days) {
        LocalDate today = LocalDate.now(clock);
        return pledges.publishedWithLastNews(user.organisationId()).stream()
                .map(row -> new PledgeDue(row.id(), row.title(), row.lastNews(), row.periodEnd(),
                        row.periodEnd().isBefore(today)))
                .filter(due -> due.resultDue() || due.lastNews().isBefore(today.minusDays(days)))
                .sorted((a, b) -> a.resultDue() != b.resultDue() ? (a.resultDue() ? -1 : 1)
                        : a.lastNews().compareTo(b.lastNews()))
                .toList();
    }
}
