package se.samverkan.pledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.RichText;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** Assembles a {@link PledgeDocument} from a pledge and its parts in a fixed number of queries. */
@Component
class PledgeDocuments {

    private final PledgeRepository pledges;
    private final CommitmentRepository commitments;
    private final PledgeSignatoryRepository signatories;
    private final PledgeUpdateRepository updates;
    private final OrganisationService organisations;

    PledgeDocuments(PledgeRepository pledges, CommitmentRepository commitments, PledgeSignatoryRepository signatories,
                    PledgeUpdateRepository updates, OrganisationService organisations) {
        this.pledges = pledges;
        this.commitments = commitments;
        this.signatories = signatories;
        this.updates = updates;
        this.organisations = organisations;
    }

    /**
     * The whole pledge. {@code measureTitles} names the agreement's measures (empty for the public, who do not see
     * them); {@code publicLinksOnly} leaves out a predecessor or successor that is still a draft.
     */
    PledgeDocument build(Pledge pledge, String agreementTitle, Map<Long, String> measureTitles, boolean editable,
                         boolean publicLinksOnly) {
        long id = pledge.getId();
        List<Commitment> parts = commitments.findByPledgeIdOrderByPositionAscIdAsc(id);
        List<PledgeSignatory> signed = signatories.findByPledgeIdOrderById(id);
        List<PledgeUpdate> posted = updates.findByPledgeIdOrderByPublishedOnDescIdDesc(id);

        Set<Long> organisationIds = new HashSet<>(pledge.partyIds());
        parts.forEach(commitment -> organisationIds.add(commitment.getResponsibleId()));
        signed.forEach(signatory -> organisationIds.add(signatory.getOrganisationId()));
        Map<Long, OrganisationView> names = organisations.byIds(organisationIds);

        Map<Long, String> commitmentTexts = new HashMap<>();
        parts.forEach(commitment -> commitmentTexts.put(commitment.getId(), commitment.getDescription()));

        PledgeLink predecessor = pledge.getPredecessorId() == null ? null
                : pledges.findById(pledge.getPredecessorId()).map(other -> link(other, names, pledge)).orElse(null);
        PledgeLink successor = pledges.findByPredecessorId(id).map(other -> link(other, names, pledge)).orElse(null);
        if (publicLinksOnly) {
            predecessor = predecessor == null || predecessor.publicPath() == null ? null : predecessor;
            successor = successor == null || successor.publicPath() == null ? null : successor;
        }

        return new PledgeDocument(id, pledge.getAgreementId(), agreementTitle,
                ref(pledge.getMunicipalityId(), names), slug(pledge.getMunicipalityId(), names),
                ref(pledge.getPoliceAreaId(), names), refs(pledge.getPartnerIds(), names),
                pledge.getTitle(), pledge.getSlug(), pledge.getTarget(), pledge.getPeriodStart(),
                pledge.getPeriodEnd(), pledge.getSituation(), RichText.toHtml(pledge.getSituation()),
                pledge.getAchievement(), RichText.toHtml(pledge.getAchievement()), pledge.getFollowUp(),
                RichText.toHtml(pledge.getFollowUp()), pledge.getStatus(), pledge.getPublishedOn(),
                pledge.getChangedAt(), result(pledge),
                parts.stream().map(commitment -> new CommitmentView(commitment.getId(), commitment.getPosition(),
                        commitment.getDescription(), ref(commitment.getResponsibleId(), names),
                        commitment.getMeasureId(), measureTitle(measureTitles, commitment.getMeasureId()),
                        commitment.getStatus(), commitment.getVersion())).toList(),
                signed.stream().map(signatory -> new PledgeSignatoryView(signatory.getId(), signatory.getName(),
                        signatory.getTitle(), ref(signatory.getOrganisationId(), names),
                        signatory.getSignedOn())).toList(),
                posted.stream().map(update -> update(update, commitmentTexts)).toList(),
                predecessor, successor, pledge.getVersion(), editable);
    }

    static UpdateView update(PledgeUpdate update, Map<Long, String> commitmentTexts) {
        List<UpdateView.StatusChange> changes = new ArrayList<>();
        update.getStatuses().forEach((commitmentId, status) -> {
            if (commitmentTexts.containsKey(commitmentId)) {
                changes.add(new UpdateView.StatusChange(commitmentTexts.get(commitmentId), status));
            }
        });
        changes.sort(Comparator.comparing(UpdateView.StatusChange::commitment));
        return new UpdateView(update.getId(), update.getPublishedOn(), update.getBody(),
                RichText.toHtml(update.getBody()), update.getAuthor(), update.getCreatedAt(), changes);
    }

    private static PledgeResult result(Pledge pledge) {
        if (pledge.getResultWrittenOn() == null) {
            return null;
        }
        return new PledgeResult(pledge.getResultDone(), RichText.toHtml(pledge.getResultDone()),
                pledge.getResultAchieved(), RichText.toHtml(pledge.getResultAchieved()),
                Boolean.TRUE.equals(pledge.getResultContinues()), pledge.getResultWrittenOn());
    }

    private static PledgeLink link(Pledge other, Map<Long, OrganisationView> names, Pledge from) {
        // Linked pledges share the municipality, whose slug is already loaded.
        String municipalitySlug = slug(from.getMunicipalityId(), names);
        return new PledgeLink(other.getId(), other.getTitle(), other.getPeriodStart(), other.getPeriodEnd(),
                other.getStatus(), other.getStatus().isPublic()
                        ? PledgeLink.publicPath(municipalitySlug, other.getSlug()) : null);
    }

    static OrganisationRef ref(long id, Map<Long, OrganisationView> names) {
        OrganisationView organisation = names.get(id);
        return new OrganisationRef(id, organisation == null ? "" : organisation.name());
    }

    static String slug(long id, Map<Long, OrganisationView> names) {
        OrganisationView organisation = names.get(id);
        return organisation == null ? "" : organisation.slug();
    }

    private static List<OrganisationRef> refs(Collection<Long> ids, Map<Long, OrganisationView> names) {
        return ids.stream().map(id -> ref(id, names)).sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** The public page passes {@code Map.of()}, which refuses to look up a null key (a commitment without measure). */
    private static String measureTitle(Map<Long, String> measureTitles, Long measureId) {
        return measureId == null ? null : measureTitles.get(measureId);
    }
}
