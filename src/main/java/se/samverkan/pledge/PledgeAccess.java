package se.samverkan.pledge;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverkan.account.Role;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Who may see and change a pledge through the staff pages: users of its parties see it, their coordinators change
 * it, administrators do both. Everyone else is told it does not exist (404), whatever its status.
 */
@Component
class PledgeAccess {

    private final PledgeRepository pledges;

    PledgeAccess(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    Pledge readable(SamverkanUser user, long pledgeId) {
        Pledge pledge = pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
        if (!mayRead(user, pledge)) {
            throw new NotFoundException("Pledge", pledgeId);
        }
        return pledge;
    }

    /** Readable and the user may change it (its status is checked by the action itself). */
    Pledge editable(SamverkanUser user, long pledgeId) {
        Pledge pledge = readable(user, pledgeId);
        if (!mayEdit(user, pledge)) {
            throw new AccessDeniedException("Only the parties' coordinators change a pledge");
        }
        return pledge;
    }

    static boolean mayRead(SamverkanUser user, Pledge pledge) {
        return user.role() == Role.ADMIN || pledge.partyIds().contains(user.organisationId());
    }

    static boolean mayEdit(SamverkanUser user, Pledge pledge) {
        return user.role() == Role.ADMIN
                || user.role() == Role.COORDINATOR && pledge.partyIds().contains(user.organisationId());
    }
}
