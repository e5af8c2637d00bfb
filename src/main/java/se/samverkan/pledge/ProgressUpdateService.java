package se.samverkan.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.security.SamverkanUser;

/**
 * Progress updates to residents on a published pledge. Each may give commitments a new status, which the pledge's
 * page then shows; the update keeps what it said.
 */
@Service
@Transactional
public class ProgressUpdateService {

    private final PledgeAccess access;
    private final PledgeUpdateRepository updates;
    private final CommitmentRepository commitments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgressUpdateService(PledgeAccess access, PledgeUpdateRepository updates, CommitmentRepository commitments,
                          Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.updates = updates;
        this.commitments = commitments;
        this.clock = clock;
        this.events = events;
    }

    public long post(SamverkanUser user, long pledgeId, UpdateCommand command) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requirePublished();
        if (command.publishedOn().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("publishedOn", "update.publishedOn.future");
        }
        if (command.publishedOn().isBefore(pledge.getPublishedOn())) {
            throw new FieldRejectedException("publishedOn", "update.publishedOn.beforePublication");
        }
        Map<Long, Commitment> own = commitments.findByPledgeIdOrderByPositionAscIdAsc(pledgeId).stream()
                .collect(Collectors.toMap(Commitment::getId, commitment -> commitment));
        Set<Long> named = command.statuses().keySet();
        if (!own.keySet().containsAll(named)) {
            throw new FieldRejectedException("statuses", "update.statuses.unknownCommitment");
        }
        // Only real changes are recorded: "still ongoing" is not news.
        Map<Long, CommitmentStatus> changed = command.statuses().entrySet().stream()
                .filter(entry -> entry.getValue() != own.get(entry.getKey()).getStatus())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        changed.forEach((id, status) -> own.get(id).report(status));
        pledge.touch(clock.instant());
        PledgeService.announce(events, pledge);
        PledgeUpdate update = new PledgeUpdate(pledgeId,
                new UpdateCommand(command.publishedOn(), command.body(), changed), user.displayName(),
                clock.instant());
        return updates.save(update).getId();
    }
}
