package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.security.SamverkanUser;

/** Creates and changes agreements and moves them through their life: sign, end, new version, public summary. */
@Service
@Transactional
public class AgreementService {

    private final AgreementAccess access;
    private final AgreementRepository agreements;
    private final FocusAreaRepository focusAreas;
    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final SignatoryRepository signatories;
    private final SteeringGroupMemberRepository steeringGroup;
    private final OrganisationNames organisationNames;
    private final AgreementHistory history;
    private final Clock clock;

    AgreementService(AgreementAccess access, AgreementRepository agreements, FocusAreaRepository focusAreas,
                     GoalRepository goals, MeasureRepository measures, SignatoryRepository signatories,
                     SteeringGroupMemberRepository steeringGroup, OrganisationNames organisationNames,
                     AgreementHistory history, Clock clock) {
        this.access = access;
        this.agreements = agreements;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.measures = measures;
        this.signatories = signatories;
        this.steeringGroup = steeringGroup;
        this.organisationNames = organisationNames;
        this.history = history;
        this.clock = clock;
    }

    /** A new draft. The user's own organisation must be one of its parties (administrators excepted). */
    public long create(SamverkanUser user, AgreementCommand command) {
        if (user.role() != Role.ADMIN && user.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Only coordinators create agreements");
        }
        checkParties(user, command);
        Agreement agreement = agreements.save(new Agreement(command));
        history.created(agreement.getId(), AgreementPart.AGREEMENT, agreement.getTitle(), user);
        return agreement.getId();
    }

    public void update(SamverkanUser user, long agreementId, AgreementCommand command) {
        Agreement agreement = access.editable(user, agreementId);
        checkVersion(agreement.getVersion(), command.version(), agreementId);
        checkParties(user, command);
        if (agreement.getStatus() != AgreementStatus.DRAFT && !agreement.hasParties(command)) {
            throw new FieldRejectedException("municipalityId", "agreement.parties.lockedAfterSigning");
        }
        Map<String, String> before = auditFields(agreement, command);
        agreement.change(command);
        history.changed(agreementId, AgreementPart.AGREEMENT, agreement.getTitle(), before,
                auditFields(agreement, command), user);
    }

    public void updateSteeringGroup(SamverkanUser user, long agreementId, MeetingRhythm rhythm,
                                    String reportRecipients, long version) {
        Agreement agreement = access.editable(user, agreementId);
        checkVersion(agreement.getVersion(), version, agreementId);
        recordStateChange(agreement, () -> agreement.changeSteeringGroup(rhythm, reportRecipients), user);
    }

    /**
     * Signs a draft: every party must have a signatory. The agreement becomes active, and the version it
     * replaces (if any) becomes REPLACED.
     */
    public void sign(SamverkanUser user, long agreementId) {
        Agreement agreement = access.editable(user, agreementId);
        Set<Long> signed = signatories.findByAgreementIdOrderById(agreementId).stream()
                .map(Signatory::getOrganisationId).collect(Collectors.toSet());
        if (!signed.containsAll(agreement.partyIds())) {
            throw new AgreementStateException("agreement.sign.missingSignatories");
        }
        recordStateChange(agreement, agreement::activate, user);
        if (agreement.getPredecessorId() != null) {
            Agreement predecessor = agreements.findById(agreement.getPredecessorId()).orElseThrow();
            recordStateChange(predecessor, predecessor::replace, user);
        }
    }

    public void end(SamverkanUser user, long agreementId, LocalDate endedOn, String reason, long version) {
        Agreement agreement = access.editable(user, agreementId);
        checkVersion(agreement.getVersion(), version, agreementId);
        if (endedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("endedOn", "agreement.endedOn.future");
        }
        recordStateChange(agreement, () -> agreement.end(endedOn, reason), user);
    }

    /**
     * Removes a draft that will not be signed, with everything in it. Only drafts: a signed agreement is a record
     * of what the parties agreed and stays. A draft new version can be removed; its original is unaffected.
     */
    public void removeDraft(SamverkanUser user, long agreementId) {
        Agreement agreement = access.editable(user, agreementId);
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new AgreementStateException("agreement.state.onlyDraftRemoved");
        }
        agreements.delete(agreement);
    }

    /** Shows or hides the agreement's summary on the municipality's public page. */
    public void setPublic(SamverkanUser user, long agreementId, boolean publicSummary) {
        Agreement agreement = access.readable(user, agreementId);
        if (!AgreementAccess.mayEdit(user, agreement)) {
            throw new AccessDeniedException("Only coordinators publish");
        }
        recordStateChange(agreement, () -> agreement.makePublic(publicSummary), user);
    }

    /**
     * Copies an active agreement, with its focus areas, goals, measures and steering group, into a draft that
     * replaces it when signed. Returns the draft's id; an existing draft successor is returned as it is.
     */
    public long newVersion(SamverkanUser user, long agreementId) {
        access.editable(user, agreementId);
        // Two clicks at once must not both copy: the second waits here and then finds the first one's draft.
        Agreement original = agreements.lockById(agreementId);
        var existing = agreements.findByPredecessorId(agreementId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Agreement copy = agreements.save(original.newVersion());
        long copyId = copy.getId();
        Map<Long, Long> focusAreaIds = new HashMap<>();
        for (FocusArea area : focusAreas.findByAgreementIdOrderByPositionAscIdAsc(agreementId)) {
            focusAreaIds.put(area.getId(), focusAreas.save(area.copyTo(copyId)).getId());
        }
        Map<Long, Long> goalIds = new HashMap<>();
        for (Goal goal : goals.findByAgreementIdOrderById(agreementId)) {
            Long area = goal.getFocusAreaId() == null ? null : focusAreaIds.get(goal.getFocusAreaId());
            goalIds.put(goal.getId(), goals.save(goal.copyTo(copyId, area)).getId());
        }
        for (Measure measure : measures.findByAgreementIdOrderById(agreementId)) {
            Long area = measure.getFocusAreaId() == null ? null : focusAreaIds.get(measure.getFocusAreaId());
            Set<Long> served = measure.getGoalIds().stream().map(goalIds::get).collect(Collectors.toSet());
            measures.save(measure.copyTo(copyId, area, served));
        }
        List<SteeringGroupMember> members = steeringGroup.findByAgreementIdOrderById(agreementId);
        members.forEach(member -> steeringGroup.save(member.copyTo(copyId)));
        history.created(copyId, AgreementPart.AGREEMENT, copy.getTitle(), user);
        return copyId;
    }

    /** Applies a change that leaves the parties as they are, and records what it changed. */
    private void recordStateChange(Agreement agreement, Runnable change, SamverkanUser user) {
        Map<String, String> before = agreement.auditFields(Map.of());
        change.run();
        history.changed(agreement.getId(), AgreementPart.AGREEMENT, agreement.getTitle(), before,
                agreement.auditFields(Map.of()), user);
    }

    private Map<String, String> auditFields(Agreement agreement, AgreementCommand command) {
        Set<Long> ids = new HashSet<>(agreement.partyIds());
        ids.add(command.municipalityId());
        ids.add(command.policeAreaId());
        ids.addAll(command.partnerIds());
        return agreement.auditFields(organisationNames.of(ids));
    }

    private void checkParties(SamverkanUser user, AgreementCommand command) {
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw new FieldRejectedException("periodEnd", "agreement.periodEnd.beforeStart");
        }
        organisationNames.checkParties(command);
        boolean ownIsParty = command.municipalityId() == user.organisationId()
                || command.policeAreaId() == user.organisationId()
                || command.partnerIds().contains(user.organisationId());
        if (user.role() != Role.ADMIN && !ownIsParty) {
            throw new FieldRejectedException("municipalityId", "agreement.parties.mustIncludeOwn");
        }
    }

    static void checkVersion(long current, long edited, long id) {
        if (current != edited) {
            throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
        }
    }
}
