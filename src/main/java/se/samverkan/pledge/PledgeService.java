package se.samverkan.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.PublicContentChanged;
import se.samverkan.common.Slugs;
import se.samverkan.security.SamverkanUser;

/** Writes pledges and moves them through their life: publish, write the result, extend, remove a draft. */
@Service
@Transactional
public class PledgeService {

    private static final int SLUG_TITLE_LENGTH = 90;

    private final PledgeAccess access;
    private final PledgeRepository pledges;
    private final CommitmentRepository commitments;
    private final PledgeSignatoryRepository signatories;
    private final AgreementReader agreements;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PledgeService(PledgeAccess access, PledgeRepository pledges, CommitmentRepository commitments,
                  PledgeSignatoryRepository signatories, AgreementReader agreements, Clock clock,
                  ApplicationEventPublisher events) {
        this.access = access;
        this.pledges = pledges;
        this.commitments = commitments;
        this.signatories = signatories;
        this.agreements = agreements;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new draft under an agreement the user's organisation is a party to. The agreement's municipality and police
     * area are its parties; partners are chosen among the agreement's.
     */
    public long create(SamverkanUser user, long agreementId, PledgeCommand command) {
        if (user.role() != Role.ADMIN && user.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Only coordinators write pledges");
        }
        AgreementView agreement = agreements.get(user, agreementId);
        if (!agreement.status().editable()) {
            throw new PledgeStateException("pledge.agreement.notCurrent");
        }
        checkPartners(user, agreement, command);
        Pledge pledge = new Pledge(agreementId, agreement.municipality().id(), agreement.policeArea().id(), command,
                freeSlug(agreement.municipality().id(), command.title(), command.periodStart(), -1),
                clock.instant());
        return pledges.save(pledge).getId();
    }

    public void update(SamverkanUser user, long pledgeId, PledgeCommand command) {
        Pledge pledge = access.editable(user, pledgeId);
        checkVersion(pledge.getVersion(), command.version(), pledgeId);
        checkPartners(user, agreements.get(user, pledge.getAgreementId()), command);
        pledge.change(command, clock.instant());
        pledge.readdress(freeSlug(pledge.getMunicipalityId(), command.title(), command.periodStart(), pledgeId));
        announce(pledge);
    }

    /**
     * Publishes a draft that has everything residents need to read; otherwise says what is missing (409). The date
     * is when residents could first read it (today, or earlier when it was announced before being entered here).
     */
    public void publish(SamverkanUser user, long pledgeId, LocalDate publishedOn) {
        Pledge pledge = access.editable(user, pledgeId);
        if (publishedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("publishedOn", "pledge.publishedOn.future");
        }
        if (!missingForPublication(user, pledge).isEmpty()) {
            throw new PledgeStateException("pledge.publish.incomplete");
        }
        boolean beforeSigning = signatories.findByPledgeIdOrderById(pledgeId).stream()
                .anyMatch(signatory -> signatory.getSignedOn().isAfter(publishedOn));
        if (beforeSigning) {
            throw new FieldRejectedException("publishedOn", "pledge.publishedOn.beforeSigning");
        }
        pledge.publish(publishedOn, clock.instant());
        announce(pledge);
    }

    /** The message keys of what a draft lacks before it can be published (empty when it is ready). */
    @Transactional(readOnly = true)
    public List<String> missingForPublication(SamverkanUser user, long pledgeId) {
        return missingForPublication(user, access.readable(user, pledgeId));
    }

    private List<String> missingForPublication(SamverkanUser user, Pledge pledge) {
        Set<Long> signed = signatories.findByPledgeIdOrderById(pledge.getId()).stream()
                .map(PledgeSignatory::getOrganisationId).collect(Collectors.toSet());
        return PublishingRules.missing(pledge, commitments.countByPledgeId(pledge.getId()), signed,
                agreements.get(user, pledge.getAgreementId()).status());
    }

    public void writeResult(SamverkanUser user, long pledgeId, ResultCommand result) {
        Pledge pledge = access.editable(user, pledgeId);
        checkVersion(pledge.getVersion(), result.version(), pledgeId);
        if (result.writtenOn().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("writtenOn", "pledge.result.future");
        }
        pledge.writeResult(result, clock.instant());
        announce(pledge);
    }

    /**
     * Copies a published or completed pledge into a draft for the following period, linked to it. Asking twice
     * returns the draft made the first time.
     */
    public long extend(SamverkanUser user, long pledgeId) {
        access.editable(user, pledgeId);
        Pledge original = pledges.lockById(pledgeId);
        var existing = pledges.findByPredecessorId(pledgeId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        LocalDate nextStart = original.getPeriodEnd().plusDays(1);
        AgreementView agreement = agreementFor(user, original.getAgreementId(), nextStart);
        Pledge next = pledges.save(original.extend(agreement.id(), agreement.partnerIds(),
                freeSlug(original.getMunicipalityId(), original.getTitle(), nextStart, -1), clock.instant()));
        for (Commitment commitment : commitments.findByPledgeIdOrderByPositionAscIdAsc(pledgeId)) {
            commitments.save(commitment.copyTo(next.getId()));
        }
        return next.getId();
    }

    /** The agreement a pledge starting on {@code start} belongs to: a newer version once the old one's period is over. */
    private AgreementView agreementFor(SamverkanUser user, long agreementId, LocalDate start) {
        AgreementView agreement = agreements.get(user, agreementId);
        if (start.isAfter(agreement.periodEnd()) && agreement.successorId() != null) {
            return agreements.get(user, agreement.successorId());
        }
        return agreement;
    }

    /** Removes a draft with everything in it. Published pledges stay: residents may have read and linked them. */
    public void removeDraft(SamverkanUser user, long pledgeId) {
        Pledge pledge = access.editable(user, pledgeId);
        pledge.requireDraft();
        pledges.delete(pledge);
    }

    /** A draft is not public, so its changes leave the public site's cache alone. */
    private void announce(Pledge pledge) {
        announce(events, pledge);
    }

    static void announce(ApplicationEventPublisher events, Pledge pledge) {
        if (pledge.getStatus().isPublic()) {
            events.publishEvent(new PublicContentChanged("pledge", pledge.getId()));
        }
    }

    private static void checkPartners(SamverkanUser user, AgreementView agreement, PledgeCommand command) {
        if (!agreement.partnerIds().containsAll(command.partnerIds())) {
            throw new FieldRejectedException("partnerIds", "pledge.partners.notInAgreement");
        }
        boolean ownIsParty = agreement.municipality().id() == user.organisationId()
                || agreement.policeArea().id() == user.organisationId()
                || command.partnerIds().contains(user.organisationId());
        if (user.role() != Role.ADMIN && !ownIsParty) {
            throw new FieldRejectedException("partnerIds", "pledge.partners.mustIncludeOwn");
        }
    }

    /** "Tryggare Solgården" starting 2021 lives at "tryggare-solgarden-2021", or "-2021-2" if that is taken. */
    private String freeSlug(long municipalityId, String title, LocalDate start, long pledgeId) {
        String words = Slugs.from(title);
        if (words.length() > SLUG_TITLE_LENGTH) {
            words = words.substring(0, SLUG_TITLE_LENGTH).replaceAll("-+$", "");
        }
        String base = (words.isEmpty() ? "medborgarlofte" : words) + "-" + start.getYear();
        String slug = base;
        for (int n = 2; pledges.existsByMunicipalityIdAndSlugAndIdNot(municipalityId, slug, pledgeId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static void checkVersion(long current, long edited, long id) {
        if (current != edited) {
            throw new ObjectOptimisticLockingFailureException(Pledge.class, id);
        }
    }
}
