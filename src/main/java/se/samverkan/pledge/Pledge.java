package se.samverkan.pledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Set;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.TextInput;

/**
 * A citizen pledge. Its parties are the agreement's municipality and police area and the partners chosen among
 * the agreement's. Once published, the parties, period and address are what residents were promised and stay;
 * the texts can still be corrected. A completed pledge keeps everything as it was.
 */
@Entity
@Table(name = "pledge")
class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private long municipalityId;
    private long policeAreaId;

    @ElementCollection
    @CollectionTable(name = "pledge_partner", joinColumns = @JoinColumn(name = "pledge_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new LinkedHashSet<>();

    private String title;
    private String slug;
    private String target;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String situation;
    private String achievement;
    private String followUp;

    @Enumerated(EnumType.STRING)
    private PledgeStatus status = PledgeStatus.DRAFT;

    private LocalDate publishedOn;
    private String resultDone;
    private String resultAchieved;
    private Boolean resultContinues;
    private LocalDate resultWrittenOn;
    private Long predecessorId;
    private Instant changedAt;

    @Version
    private long version;

    protected Pledge() {
    }

    Pledge(long agreementId, long municipalityId, long policeAreaId, PledgeCommand command, String slug,
           Instant now) {
        this.agreementId = agreementId;
        this.municipalityId = municipalityId;
        this.policeAreaId = policeAreaId;
        this.slug = slug;
        change(command, now);
    }

    void change(PledgeCommand command, Instant now) {
        requireNotCompleted();
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw new FieldRejectedException("periodEnd", "pledge.periodEnd.beforeStart");
        }
        if (status == PledgeStatus.PUBLISHED && (!periodStart.equals(command.periodStart())
                || !periodEnd.equals(command.periodEnd()) || !partnerIds.equals(partnersOf(command)))) {
            throw new FieldRejectedException("periodStart", "pledge.published.partiesAndPeriodFixed");
        }
        this.title = command.title().strip();
        this.target = command.target().strip();
        this.partnerIds = partnersOf(command);
        this.periodStart = command.periodStart();
        this.periodEnd = command.periodEnd();
        this.situation = TextInput.strippedOrNull(command.situation());
        this.achievement = TextInput.strippedOrNull(command.achievement());
        this.followUp = TextInput.strippedOrNull(command.followUp());
        this.changedAt = now;
    }

    private Set<Long> partnersOf(PledgeCommand command) {
        Set<Long> partners = new LinkedHashSet<>(command.partnerIds());
        partners.remove(municipalityId);
        partners.remove(policeAreaId);
        return partners;
    }

    /** A draft's address follows its title; a published one keeps the address residents and feeds link to. */
    void readdress(String newSlug) {
        if (status == PledgeStatus.DRAFT) {
            this.slug = newSlug;
        }
    }

    void publish(LocalDate on, Instant now) {
        if (status != PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.notDraft");
        }
        status = PledgeStatus.PUBLISHED;
        publishedOn = on;
        changedAt = now;
    }

    /** Writes (or corrects) the year-end result; the pledge is then completed. */
    void writeResult(ResultCommand result, Instant now) {
        if (status == PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.resultNeedsPublished");
        }
        if (result.writtenOn().isBefore(publishedOn)) {
            throw new FieldRejectedException("writtenOn", "pledge.result.beforePublication");
        }
        resultDone = result.done().strip();
        resultAchieved = result.achieved().strip();
        resultContinues = result.continues();
        resultWrittenOn = result.writtenOn();
        status = PledgeStatus.COMPLETED;
        changedAt = now;
    }

    /**
     * A draft for the next period with the same place and texts; it links back to this pledge. It belongs to
     * {@code agreementId} (this pledge's agreement, or the version that replaces it for the new period) and keeps
     * the partners that are partners of that agreement too.
     */
    Pledge extend(long agreementId, Set<Long> agreementPartners, String newSlug, Instant now) {
        if (status == PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.extendNeedsPublished");
        }
        // Whole years and months stay whole: 2021-01-01..2022-12-31 is followed by 2023-01-01..2024-12-31.
        Period length = Period.between(periodStart, periodEnd.plusDays(1));
        Pledge next = new Pledge();
        next.agreementId = agreementId;
        next.municipalityId = municipalityId;
        next.policeAreaId = policeAreaId;
        next.partnerIds = new LinkedHashSet<>(partnerIds);
        next.partnerIds.retainAll(agreementPartners);
        next.title = title;
        next.slug = newSlug;
        next.target = target;
        next.periodStart = periodEnd.plusDays(1);
        next.periodEnd = next.periodStart.plus(length).minusDays(1);
        next.situation = situation;
        next.achievement = achievement;
        next.followUp = followUp;
        next.predecessorId = id;
        next.changedAt = now;
        return next;
    }

    /** Progress updates and commitment changes are news for residents: the public page and feeds change. */
    void touch(Instant now) {
        changedAt = now;
    }

    void requireDraft() {
        if (status != PledgeStatus.DRAFT) {
            throw new PledgeStateException("pledge.state.onlyDraft");
        }
    }

    void requireNotCompleted() {
        if (status == PledgeStatus.COMPLETED) {
            throw new PledgeStateException("pledge.state.completed");
        }
    }

    void requirePublished() {
        if (status != PledgeStatus.PUBLISHED) {
            throw new PledgeStateException("pledge.state.updateNeedsPublished");
        }
    }

    /** The municipality, the police area and the partners. */
    Set<Long> partyIds() {
        Set<Long> parties = new LinkedHashSet<>();
        parties.add(municipalityId);
        parties.add(policeAreaId);
        parties.addAll(partnerIds);
        return parties;
    }


    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    long getPoliceAreaId() {
        return policeAreaId;
    }

    Set<Long> getPartnerIds() {
        return partnerIds;
    }

    String getTitle() {
        return title;
    }

    String getSlug() {
        return slug;
    }

    String getTarget() {
        return target;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getSituation() {
        return situation;
    }

    String getAchievement() {
        return achievement;
    }

    String getFollowUp() {
        return followUp;
    }

    PledgeStatus getStatus() {
        return status;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    String getResultDone() {
        return resultDone;
    }

    String getResultAchieved() {
        return resultAchieved;
    }

    Boolean getResultContinues() {
        return resultContinues;
    }

    LocalDate getResultWrittenOn() {
        return resultWrittenOn;
    }

    Long getPredecessorId() {
        return predecessorId;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long getVersion() {
        return version;
    }
}
