package se.samverkan.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.Paging;
import se.samverkan.common.RichText;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/**
 * What the public site may read of pledges: only published and completed ones, never a draft, through every way
 * out (pages, feeds, open data).
 */
@Service
@Transactional(readOnly = true)
public class PublicPledges {

    static final int FEED_SIZE = 50;
    private static final List<PledgeStatus> PUBLIC = List.of(PledgeStatus.PUBLISHED, PledgeStatus.COMPLETED);

    private final PledgeRepository pledges;
    private final CommitmentRepository commitments;
    private final PledgeSignatoryRepository signatories;
    private final PledgeUpdateRepository updates;
    private final PledgeDocuments documents;
    private final PledgeSummaries summaries;
    private final OrganisationService organisations;
    private final Clock clock;

    PublicPledges(PledgeRepository pledges, CommitmentRepository commitments, PledgeSignatoryRepository signatories,
                  PledgeUpdateRepository updates, PledgeDocuments documents, PledgeSummaries summaries,
                  OrganisationService organisations, Clock clock) {
        this.pledges = pledges;
        this.commitments = commitments;
        this.signatories = signatories;
        this.updates = updates;
        this.documents = documents;
        this.summaries = summaries;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Published and completed pledges, current ones first. */
    public Page<PledgeSummary> page(PledgeFilter filter, Pageable pageable) {
        return summaries.of(pledges.findAll(PledgeSpecifications.isPublic()
                        .and(PledgeSpecifications.matching(filter)).and(PledgeSpecifications.currentFirst(LocalDate.now(clock))),
                Paging.of(pageable)));
    }

    /** The public page of a pledge, by the municipality's and the pledge's slugs; empty for drafts and unknowns. */
    public Optional<PledgeDocument> find(long municipalityId, String slug) {
        return pledges.findByMunicipalityIdAndSlug(municipalityId, slug)
                .filter(pledge -> pledge.getStatus().isPublic())
                .map(pledge -> documents.build(pledge, null, Map.of(), false, true));
    }

    /** A municipality's public pledges, current first. */
    public List<PledgeSummary> ofMunicipality(long municipalityId) {
        return summaries.of(pledges.findAll(PledgeSpecifications.isPublic()
                .and(PledgeSpecifications.matching(new PledgeFilter(municipalityId, null, null, null)))
                .and(PledgeSpecifications.currentFirst(LocalDate.now(clock)))));
    }

    /** The municipalities that have at least one public pledge, by name. */
    public List<OrganisationView> municipalities() {
        return organisations.byIds(pledges.municipalitiesWithPublicPledges()).values().stream()
                .sorted(Comparator.comparing(OrganisationView::name)).toList();
    }

    /** The newest news of public pledges, of one municipality or (null) of all, newest first. */
    public List<FeedEntry> feed(Long municipalityId) {
        List<Pledge> recent = pledges.findAll(PledgeSpecifications.isPublic()
                        .and(PledgeSpecifications.matching(new PledgeFilter(municipalityId, null, null, null))),
                PageRequest.of(0, FEED_SIZE, Sort.by(Sort.Order.desc("changedAt")))).getContent();
        List<PledgeUpdate> news = updates.newestPublic(municipalityId, PageRequest.of(0, FEED_SIZE));
        Set<Long> pledgeIds = new HashSet<>();
        recent.forEach(pledge -> pledgeIds.add(pledge.getId()));
        news.forEach(update -> pledgeIds.add(update.getPledgeId()));
        Map<Long, Pledge> byId = pledges.findByIdIn(pledgeIds).stream()
                .collect(Collectors.toMap(Pledge::getId, pledge -> pledge));
        Map<Long, OrganisationView> names = organisations.byIds(byId.values().stream()
                .map(Pledge::getMunicipalityId).collect(Collectors.toSet()));
        Map<Long, String> commitmentTexts = new HashMap<>();
        commitments.findByPledgeIdInOrderByPositionAscIdAsc(pledgeIds)
                .forEach(commitment -> commitmentTexts.put(commitment.getId(), commitment.getDescription()));

        List<FeedEntry> entries = new ArrayList<>();
        for (Pledge pledge : recent) {
            String path = path(pledge, names);
            String municipality = PledgeDocuments.ref(pledge.getMunicipalityId(), names).name();
            entries.add(new FeedEntry("pledge-" + pledge.getId(), FeedEntry.Kind.PUBLISHED, pledge.getTitle(),
                    municipality, path, Days.startOf(pledge.getPublishedOn()), RichText.toHtml(pledge.getSituation())));
            if (pledge.getResultWrittenOn() != null) {
                entries.add(new FeedEntry("pledge-" + pledge.getId() + "-result", FeedEntry.Kind.RESULT,
                        pledge.getTitle(), municipality, path + "#resultat", Days.startOf(pledge.getResultWrittenOn()),
                        RichText.toHtml(pledge.getResultAchieved())));
            }
        }
        for (PledgeUpdate update : news) {
            Pledge pledge = byId.get(update.getPledgeId());
            UpdateView view = PledgeDocuments.update(update, commitmentTexts);
            entries.add(new FeedEntry("pledge-update-" + update.getId(), FeedEntry.Kind.UPDATE, pledge.getTitle(),
                    PledgeDocuments.ref(pledge.getMunicipalityId(), names).name(),
                    path(pledge, names) + "#uppdatering-" + update.getId(), when(update), view.bodyHtml()));
        }
        entries.sort(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id));
        return entries.size() > FEED_SIZE ? List.copyOf(entries.subList(0, FEED_SIZE)) : entries;
    }

    /**
     * An update posted on the day it is dated counts from the moment it was posted; one dated earlier (written down
     * afterwards) counts from the start of its own day, so the feed keeps the order of the dates people gave.
     */
    private static Instant when(PledgeUpdate update) {
        Instant dayStart = Days.startOf(update.getPublishedOn());
        Instant nextDay = Days.startOf(update.getPublishedOn().plusDays(1));
        return update.getCreatedAt().isBefore(nextDay) && !update.getCreatedAt().isBefore(dayStart)
                ? update.getCreatedAt() : dayStart;
    }

    /** The current time: the "updated" time of a feed that has no news yet. */
    public Instant now() {
        return clock.instant();
    }

    /** Every public pledge with its commitments, signatories, updates and result, for open data. */
    public List<OpenPledge> openData(String baseUrl) {
        List<Pledge> all = pledges.findByStatusInOrderByPeriodStartDescIdDesc(PUBLIC);
        Set<Long> ids = all.stream().map(Pledge::getId).collect(Collectors.toSet());
        Map<Long, List<Commitment>> commitmentsByPledge = commitments.findByPledgeIdInOrderByPositionAscIdAsc(ids)
                .stream().collect(Collectors.groupingBy(Commitment::getPledgeId));
        Map<Long, List<PledgeSignatory>> signatoriesByPledge = signatories.findByPledgeIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(PledgeSignatory::getPledgeId));
        Map<Long, List<PledgeUpdate>> updatesByPledge = updates.findByPledgeIdInOrderByPublishedOnDescIdDesc(ids)
                .stream().collect(Collectors.groupingBy(PledgeUpdate::getPledgeId));
        Set<Long> organisationIds = new HashSet<>();
        all.forEach(pledge -> organisationIds.addAll(pledge.partyIds()));
        signatoriesByPledge.values().forEach(list -> list.forEach(s -> organisationIds.add(s.getOrganisationId())));
        commitmentsByPledge.values().forEach(list -> list.forEach(c -> organisationIds.add(c.getResponsibleId())));
        Map<Long, OrganisationView> names = organisations.byIds(organisationIds);

        return all.stream().map(pledge -> {
            List<Commitment> own = commitmentsByPledge.getOrDefault(pledge.getId(), List.of());
            Map<Long, String> texts = own.stream()
                    .collect(Collectors.toMap(Commitment::getId, Commitment::getDescription));
            return new OpenPledge(pledge.getId(), baseUrl + path(pledge, names), pledge.getTitle(),
                    pledge.getTarget(), name(pledge.getMunicipalityId(), names),
                    name(pledge.getPoliceAreaId(), names),
                    pledge.getPartnerIds().stream().map(id -> name(id, names)).sorted().toList(),
                    pledge.getPeriodStart(), pledge.getPeriodEnd(), pledge.getStatus(), pledge.getPublishedOn(),
                    pledge.getSituation(),
                    own.stream().map(c -> new OpenPledge.Commitment(c.getPosition(), c.getDescription(),
                            name(c.getResponsibleId(), names), c.getStatus())).toList(),
                    pledge.getAchievement(), pledge.getFollowUp(),
                    signatoriesByPledge.getOrDefault(pledge.getId(), List.of()).stream()
                            .map(s -> new OpenPledge.Signatory(s.getName(), s.getTitle(),
                                    name(s.getOrganisationId(), names), s.getSignedOn())).toList(),
                    updatesByPledge.getOrDefault(pledge.getId(), List.of()).stream()
                            .map(u -> new OpenPledge.Update(u.getId(), u.getPublishedOn(), u.getBody(),
                                    u.getStatuses().entrySet().stream()
                                            .filter(e -> texts.containsKey(e.getKey()))
                                            .map(e -> new OpenPledge.StatusChange(texts.get(e.getKey()),
                                                    e.getValue())).toList())).toList(),
                    pledge.getResultWrittenOn() == null ? null : new OpenPledge.Result(pledge.getResultDone(),
                            pledge.getResultAchieved(), Boolean.TRUE.equals(pledge.getResultContinues()),
                            pledge.getResultWrittenOn()),
                    pledge.getPredecessorId());
        }).toList();
    }

    private static String path(Pledge pledge, Map<Long, OrganisationView> names) {
        return PledgeLink.publicPath(PledgeDocuments.slug(pledge.getMunicipalityId(), names), pledge.getSlug());
    }

    private static String name(long id, Map<Long, OrganisationView> names) {
        return PledgeDocuments.ref(id, names).name();
    }
}
