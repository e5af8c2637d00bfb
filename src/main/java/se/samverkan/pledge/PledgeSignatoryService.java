package se.samverkan.pledge;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** The people who sign a pledge for its parties; fixed once it is published. */
@Service
@Transactional
public class PledgeSignatoryService {

    private final PledgeAccess access;
    private final PledgeSignatoryRepository signatories;
    private final Clock clock;

    PledgeSignatoryService(PledgeAccess access, PledgeSignatoryRepository signatories, Clock clock) {
        this.access = access;
        this.signatories = signatories;
        this.clock = clock;
    }

    public long add(SamverkanUser user, long pledgeId, SignatoryCommand command) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireDraft();
        if (!pledge.partyIds().contains(command.organisationId())) {
            throw new FieldRejectedException("organisationId", "pledge.signatory.notParty");
        }
        if (command.signedOn().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("signedOn", "pledge.signatory.future");
        }
        return signatories.save(new PledgeSignatory(pledgeId, command)).getId();
    }

    public void remove(SamverkanUser user, long pledgeId, long signatoryId) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireDraft();
        PledgeSignatory signatory = signatories.findById(signatoryId)
                .filter(found -> found.getPledgeId() == pledgeId)
                .orElseThrow(() -> new NotFoundException("Pledge signatory", signatoryId));
        signatories.delete(signatory);
    }
}
