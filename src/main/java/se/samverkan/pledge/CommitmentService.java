package se.samverkan.pledge;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * The commitments of a pledge. They are added and removed while it is a draft (after publication they are what
 * residents were promised); their wording can be corrected until the pledge is completed.
 */
@Service
@Transactional
public class CommitmentService {

    private final PledgeAccess access;
    private final CommitmentRepository commitments;
    private final AgreementReader agreements;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommitmentService(PledgeAccess access, CommitmentRepository commitments, AgreementReader agreements,
                      Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.commitments = commitments;
        this.agreements = agreements;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public CommitmentCommand get(SamverkanUser user, long pledgeId, long commitmentId) {
        access.readable(user, pledgeId);
        Commitment commitment = find(pledgeId, commitmentId);
        return new CommitmentCommand(commitment.getDescription(), commitment.getResponsibleId(),
                commitment.getMeasureId(), commitment.getVersion());
    }

    /** The measures of the pledge's agreement that a commitment can be part of, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> measureOptions(SamverkanUser user, long pledgeId) {
        Pledge pledge = access.readable(user, pledgeId);
        return agreements.measureTitles(user, pledge.getAgreementId());
    }

    public long add(SamverkanUser user, long pledgeId, CommitmentCommand command) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireDraft();
        check(user, pledge, command);
        int position = commitments.countByPledgeId(pledgeId) + 1;
        pledge.touch(clock.instant());
        return commitments.save(new Commitment(pledgeId, position, command)).getId();
    }

    public void update(SamverkanUser user, long pledgeId, long commitmentId, CommitmentCommand command) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireNotCompleted();
        Commitment commitment = find(pledgeId, commitmentId);
        PledgeService.checkVersion(commitment.getVersion(), command.version(), commitmentId);
        check(user, pledge, command);
        commitment.change(command);
        pledge.touch(clock.instant());
        PledgeService.announce(events, pledge);
    }

    public void remove(SamverkanUser user, long pledgeId, long commitmentId) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireDraft();
        commitments.delete(find(pledgeId, commitmentId));
        pledge.touch(clock.instant());
    }

    private void check(SamverkanUser user, Pledge pledge, CommitmentCommand command) {
        if (!pledge.partyIds().contains(command.responsibleId())) {
            throw new FieldRejectedException("responsibleId", "commitment.responsible.notParty");
        }
        if (command.measureId() != null
                && !agreements.measureTitles(user, pledge.getAgreementId()).containsKey(command.measureId())) {
            throw new FieldRejectedException("measureId", "commitment.measure.notInAgreement");
        }
    }

    private Commitment find(long pledgeId, long commitmentId) {
        return commitments.findById(commitmentId)
                .filter(commitment -> commitment.getPledgeId() == pledgeId)
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
    }
}
