package se.samverkan.agreement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** Members of the agreement's steering group. The meeting rhythm is on the agreement itself. */
@Service
@Transactional
public class SteeringGroupService {

    private final AgreementAccess access;
    private final SteeringGroupMemberRepository members;
    private final OrganisationNames organisationNames;
    private final AgreementHistory history;

    SteeringGroupService(AgreementAccess access, SteeringGroupMemberRepository members,
                         OrganisationNames organisationNames, AgreementHistory history) {
        this.access = access;
        this.members = members;
        this.organisationNames = organisationNames;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public SteeringGroupMemberView get(SamverkanUser user, long agreementId, long memberId) {
        Agreement agreement = access.readable(user, agreementId);
        return find(agreementId, memberId).toView(organisationNames.of(agreement.partyIds()));
    }

    public long create(SamverkanUser user, long agreementId, SteeringGroupMemberCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        SignatoryService.checkParty(agreement, command.organisationId());
        SteeringGroupMember member = members.save(new SteeringGroupMember(agreementId, command));
        history.created(agreementId, AgreementPart.STEERING_GROUP, member.getName(), user);
        return member.getId();
    }

    public void update(SamverkanUser user, long agreementId, long memberId, SteeringGroupMemberCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        SteeringGroupMember member = find(agreementId, memberId);
        AgreementService.checkVersion(member.getVersion(), command.version(), memberId);
        SignatoryService.checkParty(agreement, command.organisationId());
        var names = organisationNames.of(agreement.partyIds());
        var before = member.auditFields(names);
        member.change(command);
        history.changed(agreementId, AgreementPart.STEERING_GROUP, member.getName(), before,
                member.auditFields(names), user);
    }

    public void remove(SamverkanUser user, long agreementId, long memberId) {
        access.editable(user, agreementId);
        SteeringGroupMember member = find(agreementId, memberId);
        members.delete(member);
        history.removed(agreementId, AgreementPart.STEERING_GROUP, member.getName(), user);
    }

    private SteeringGroupMember find(long agreementId, long memberId) {
        return members.findByIdAndAgreementId(memberId, agreementId)
                .orElseThrow(() -> new NotFoundException("Steering group member", memberId));
    }
}
