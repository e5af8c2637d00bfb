package se.samverkan.agreement;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverkan.account.Role;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Who may see and change an agreement. Users of its parties see it; their coordinators change it; administrators
 * do both. Everyone else is told it does not exist (404), so ids cannot be probed.
 */
@Component
class AgreementAccess {

    private final AgreementRepository agreements;

    AgreementAccess(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    Agreement readable(SamverkanUser user, long agreementId) {
        Agreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        if (!mayRead(user, agreement)) {
            throw new NotFoundException("Agreement", agreementId);
        }
        return agreement;
    }

    /** Readable, the user may edit it, and its status allows changes. */
    Agreement editable(SamverkanUser user, long agreementId) {
        Agreement agreement = readable(user, agreementId);
        if (!mayEdit(user, agreement)) {
            throw new AccessDeniedException("Only the parties' coordinators change an agreement");
        }
        agreement.requireEditable();
        return agreement;
    }

    /** Readable, the user may edit it, and it is active: who records follow-up and when. */
    Agreement followUp(SamverkanUser user, long agreementId) {
        Agreement agreement = readable(user, agreementId);
        if (!mayEdit(user, agreement)) {
            throw new AccessDeniedException("Only the parties' coordinators record follow-up");
        }
        agreement.requireFollowUp();
        return agreement;
    }

    static boolean mayRead(SamverkanUser user, Agreement agreement) {
        return user.role() == Role.ADMIN || agreement.partyIds().contains(user.organisationId());
    }

    static boolean mayEdit(SamverkanUser user, Agreement agreement) {
        return user.role() == Role.ADMIN
                || user.role() == Role.COORDINATOR && agreement.partyIds().contains(user.organisationId());
    }
}
