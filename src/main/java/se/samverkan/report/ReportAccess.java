package se.samverkan.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/**
 * Who may do what with an agreement's reports. Users of the agreement's parties read them (others get 404 from
 * {@link AgreementReader#get}); a year outside the agreement's period has no report (404). Coordinators of the
 * parties and administrators write the texts, answer comments, start revisions and record presentations;
 * steering-group members and coordinators comment; only steering-group members approve. Writing is possible after
 * the agreement has ended: the last year's report is written then.
 */
@Component
class ReportAccess {

    private final AgreementReader agreements;

    ReportAccess(AgreementReader agreements) {
        this.agreements = agreements;
    }

    AgreementView readable(SamverkanUser user, long agreementId, int year) {
        AgreementView agreement = agreements.get(user, agreementId);
        if (year < agreement.periodStart().getYear() || year > agreement.periodEnd().getYear()) {
            throw new NotFoundException("Annual report " + year + " of agreement", agreementId);
        }
        return agreement;
    }

    AgreementView writable(SamverkanUser user, long agreementId, int year) {
        AgreementView agreement = readable(user, agreementId, year);
        if (!mayWrite(user)) {
            throw new AccessDeniedException("Only the parties' coordinators write annual reports");
        }
        return agreement;
    }

    AgreementView commentable(SamverkanUser user, long agreementId, int year) {
        AgreementView agreement = readable(user, agreementId, year);
        if (!mayComment(user)) {
            throw new AccessDeniedException("Readers do not comment annual reports");
        }
        return agreement;
    }

    AgreementView approvable(SamverkanUser user, long agreementId, int year) {
        AgreementView agreement = readable(user, agreementId, year);
        if (!mayApprove(user)) {
            throw new AccessDeniedException("Only steering-group members approve annual reports");
        }
        return agreement;
    }

    /** A section of the summary or of one of the agreement's focus areas; any other key is not found. */
    void requireSection(SamverkanUser user, long agreementId, SectionKey key) {
        if (key.focusAreaId() != null && agreements.document(user, agreementId).focusAreas().stream()
                .noneMatch(section -> section.focusArea().id() == key.focusAreaId())) {
            throw new NotFoundException("Report section", key);
        }
    }

    static boolean mayWrite(SamverkanUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.COORDINATOR;
    }

    static boolean mayComment(SamverkanUser user) {
        return mayWrite(user) || user.role() == Role.STEERING_GROUP;
    }

    /** Steering-group members only: not a coordinator, and not an administrator, who belongs to no party. */
    static boolean mayApprove(SamverkanUser user) {
        return user.role() == Role.STEERING_GROUP;
    }
}
