package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** The people who signed for the parties. Signing the agreement needs one for every party. */
@Service
@Transactional
public class SignatoryService {

    private final AgreementAccess access;
    private final SignatoryRepository signatories;
    private final OrganisationNames organisationNames;
    private final AgreementHistory history;
    private final Clock clock;

    SignatoryService(AgreementAccess access, SignatoryRepository signatories, OrganisationNames organisationNames,
                     AgreementHistory history, Clock clock) {
        this.access = access;
        this.signatories = signatories;
        this.organisationNames = organisationNames;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SignatoryView get(SamverkanUser user, long agreementId, long signatoryId) {
        Agreement agreement = access.readable(user, agreementId);
        return find(agreementId, signatoryId).toView(organisationNames.of(agreement.partyIds()));
    }

    public long create(SamverkanUser user, long agreementId, SignatoryCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        requireDraft(agreement);
        checkParty(agreement, command.organisationId());
        checkDate(command);
        Signatory signatory = signatories.save(new Signatory(agreementId, command));
        history.created(agreementId, AgreementPart.SIGNATORY, signatory.getName(), user);
        return signatory.getId();
    }

    public void update(SamverkanUser user, long agreementId, long signatoryId, SignatoryCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        requireDraft(agreement);
        Signatory signatory = find(agreementId, signatoryId);
        AgreementService.checkVersion(signatory.getVersion(), command.version(), signatoryId);
        checkParty(agreement, command.organisationId());
        checkDate(command);
        var names = organisationNames.of(agreement.partyIds());
        var before = signatory.auditFields(names);
        signatory.change(command);
        history.changed(agreementId, AgreementPart.SIGNATORY, signatory.getName(), before,
                signatory.auditFields(names), user);
    }

    public void remove(SamverkanUser user, long agreementId, long signatoryId) {
        requireDraft(access.editable(user, agreementId));
        Signatory signatory = find(agreementId, signatoryId);
        signatories.delete(signatory);
        history.removed(agreementId, AgreementPart.SIGNATORY, signatory.getName(), user);
    }

    /** Who signed is part of what was signed: it changes only while the agreement is a draft. */
    private static void requireDraft(Agreement agreement) {
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new AgreementStateException("signatory.locked");
        }
    }

    private void checkDate(SignatoryCommand command) {
        if (command.signedOn().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("signedOn", "signatory.signedOn.future");
        }
    }

    static void checkParty(Agreement agreement, long organisationId) {
        if (!agreement.partyIds().contains(organisationId)) {
            throw new FieldRejectedException("organisationId", "agreement.organisation.notParty");
        }
    }

    private Signatory find(long agreementId, long signatoryId) {
        return signatories.findByIdAndAgreementId(signatoryId, agreementId)
                .orElseThrow(() -> new NotFoundException("Signatory", signatoryId));
    }
}
