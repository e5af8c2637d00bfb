package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementDocument.FocusAreaSection;
import se.samverkan.common.PagePanel;
import se.samverkan.common.Paging;
import se.samverkan.security.SamverkanUser;

/** Reads agreements for pages: the filtered list, one agreement's fields, and the whole agreement as a document. */
@Service
@Transactional(readOnly = true)
public class AgreementReader {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("title"));

    private final AgreementAccess access;
    private final AgreementRepository agreements;
    private final FocusAreaRepository focusAreas;
    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final DocumentParts documentParts;
    private final AgreementChangeRepository changes;
    private final OrganisationNames organisationNames;

    AgreementReader(AgreementAccess access, AgreementRepository agreements, FocusAreaRepository focusAreas,
                    GoalRepository goals, MeasureRepository measures, DocumentParts documentParts,
                    AgreementChangeRepository changes, OrganisationNames organisationNames) {
        this.access = access;
        this.agreements = agreements;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.measures = measures;
        this.documentParts = documentParts;
        this.changes = changes;
        this.organisationNames = organisationNames;
    }

    public Page<AgreementSummary> list(SamverkanUser user, AgreementFilter filter, Pageable pageable) {
        Page<Agreement> page = agreements.findAll(
                AgreementSpecifications.visibleTo(user).and(AgreementSpecifications.matching(filter)),
                Paging.of(pageable, NEWEST_FIRST));
        Set<Long> ids = new HashSet<>();
        page.forEach(agreement -> {
            ids.add(agreement.getMunicipalityId());
            ids.add(agreement.getPoliceAreaId());
        });
        Map<Long, String> names = organisationNames.of(ids);
        return page.map(agreement -> agreement.toSummary(names));
    }

    public AgreementView get(SamverkanUser user, long agreementId) {
        Agreement agreement = access.readable(user, agreementId);
        return view(user, agreement, organisationNames.of(agreement.partyIds()));
    }

    /** The agreement for a form that changes it: 404 for strangers, 403 for readers, 409 once it is locked. */
    public AgreementView editable(SamverkanUser user, long agreementId) {
        Agreement agreement = access.editable(user, agreementId);
        return view(user, agreement, organisationNames.of(agreement.partyIds()));
    }

    /**
     * The agreement for a page that records follow-up (measure updates, meetings): 404 for strangers, 403 for
     * readers, 409 unless it is active.
     */
    public AgreementView forFollowUp(SamverkanUser user, long agreementId) {
        Agreement agreement = access.followUp(user, agreementId);
        return view(user, agreement, organisationNames.of(agreement.partyIds()));
    }

    /** The active agreements the user's own organisation is a party to (for administrators too), in one query. */
    public List<FollowUpAgreement> followUpAgreements(SamverkanUser user) {
        return agreements.activeOfParty(user.organisationId()).stream()
                .map(agreement -> new FollowUpAgreement(agreement.getId(), agreement.getTitle(),
                        agreement.getPeriodStart(), agreement.getPeriodEnd(), agreement.getMeetingRhythm()))
                .toList();
    }

    /**
     * Two statements when the transaction has not read the agreement yet: the agreement and its parts
     * ({@link DocumentParts}); and one for the organisation names it has not read yet.
     */
    public AgreementDocument document(SamverkanUser user, long agreementId) {
        Agreement agreement = access.readable(user, agreementId);
        DocumentParts.Parts parts = documentParts.of(agreementId);
        List<DocumentParts.MeasureRow> allMeasures = parts.measures();
        Set<Long> organisationIds = new HashSet<>(agreement.partyIds());
        parts.signatories().forEach(signatory -> organisationIds.add(signatory.organisationId()));
        parts.steeringGroup().forEach(member -> organisationIds.add(member.organisationId()));
        allMeasures.forEach(measure -> organisationIds.addAll(measure.responsibleIds()));
        Map<Long, String> names = organisationNames.of(organisationIds);

        List<GoalView> allGoals = parts.goals();
        List<MeasureView> measureViews = allMeasures.stream().map(measure -> measure.toView(names)).toList();
        List<FocusAreaSection> sections = parts.focusAreas().stream()
                .map(area -> section(area, allGoals, measureViews))
                .toList();

        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, measureViews.stream().filter(m -> m.status() == status).count());
        }
        Map<Long, String> goalTitles = new LinkedHashMap<>();
        allGoals.forEach(goal -> goalTitles.put(goal.id(), goal.title()));
        Set<Long> signedParties = parts.signatories().stream().map(SignatoryView::organisationId)
                .collect(Collectors.toSet());
        Map<Long, LocalDate> lastUpdates = new HashMap<>();
        allMeasures.stream().filter(measure -> measure.lastUpdatedOn() != null)
                .forEach(measure -> lastUpdates.put(measure.id(), measure.lastUpdatedOn()));

        return new AgreementDocument(view(user, agreement, names), sections,
                allGoals.stream().filter(goal -> goal.focusAreaId() == null).toList(),
                measureViews.stream().filter(measure -> measure.focusAreaId() == null).toList(),
                parts.signatories().stream().map(signatory -> new SignatoryView(signatory.id(), signatory.name(),
                        signatory.title(), signatory.organisationId(), names.get(signatory.organisationId()),
                        signatory.signedOn(), signatory.version())).toList(),
                parts.steeringGroup().stream().map(member -> new SteeringGroupMemberView(member.id(),
                        member.name(), member.function(), member.organisationId(),
                        names.get(member.organisationId()), member.version())).toList(),
                parts.attachments(), goalTitles, counts,
                agreement.partyIds().stream().filter(id -> !signedParties.contains(id))
                        .map(id -> new OrganisationRef(id, names.get(id))).toList(), lastUpdates);
    }

    /**
     * The agreement page: the document and the panels of the modules that build on agreements, in one read-only
     * transaction, so that the panels see the same data and organisations named in several parts are read once.
     */
    public AgreementPage page(SamverkanUser user, long agreementId, Stream<AgreementPanels> contributors) {
        AgreementDocument document = document(user, agreementId);
        return new AgreementPage(document, PagePanel.collect(contributors,
                contributor -> contributor.panel(user, document)));
    }

    /** What the agreement page shows: the document and the other modules' panels, in their order. */
    public record AgreementPage(AgreementDocument document, List<PagePanel> panels) {
    }

    /** The titles of the agreement's measures by id, for choosing one (a pledge's commitment can be part of one). */
    public Map<Long, String> measureTitles(SamverkanUser user, long agreementId) {
        access.readable(user, agreementId);
        Map<Long, String> titles = new LinkedHashMap<>();
        measures.findByAgreementIdOrderById(agreementId).forEach(measure -> titles.put(measure.getId(),
                measure.getTitle()));
        return titles;
    }

    /** The focus areas of the municipality's agreements that the user may read, newest agreement first. */
    public List<FocusAreaRef> focusAreas(SamverkanUser user, long municipalityId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        readableOfMunicipality(user, municipalityId).forEach(agreement -> titles.put(agreement.getId(),
                agreement.getTitle()));
        Map<Long, List<FocusArea>> byAgreement = focusAreas.findByAgreementIdIn(titles.keySet()).stream()
                .collect(Collectors.groupingBy(FocusArea::getAgreementId));
        List<FocusAreaRef> refs = new ArrayList<>();
        titles.forEach((agreementId, title) -> byAgreement.getOrDefault(agreementId, List.of()).stream()
                .sorted(Comparator.comparingInt(FocusArea::getPosition).thenComparing(FocusArea::getId))
                .forEach(area -> refs.add(new FocusAreaRef(area.getId(), area.getTitle(), agreementId, title))));
        return refs;
    }

    /** The focus areas of an agreement the caller has read (and so may read), in their order; one statement. */
    public List<FocusAreaRef> focusAreasOf(AgreementView agreement) {
        return focusAreas.findByAgreementIdOrderByPositionAscIdAsc(agreement.id()).stream()
                .map(area -> new FocusAreaRef(area.getId(), area.getTitle(), agreement.id(), agreement.title()))
                .toList();
    }

    /** The measures with a place in the municipality's agreements that the user may read. */
    public List<PlacedMeasure> placedMeasures(SamverkanUser user, long municipalityId) {
        List<Long> ids = readableOfMunicipality(user, municipalityId).stream().map(Agreement::getId).toList();
        return measures.findByAgreementIdInAndPlaceIsNotNullOrderById(ids).stream()
                .map(measure -> new PlacedMeasure(measure.getId(), measure.getAgreementId(), measure.getTitle(),
                        measure.getPlace(), measure.getStatus()))
                .toList();
    }

    private List<Agreement> readableOfMunicipality(SamverkanUser user, long municipalityId) {
        return agreements.findAll(AgreementSpecifications.visibleTo(user)
                .and(AgreementSpecifications.matching(new AgreementFilter(municipalityId, null, null))), NEWEST_FIRST);
    }

    /** The titles of the agreement's goals by id, for linking to them (an indicator follows up one or more). */
    public Map<Long, String> goalTitles(SamverkanUser user, long agreementId) {
        access.readable(user, agreementId);
        Map<Long, String> titles = new LinkedHashMap<>();
        goals.findByAgreementIdOrderById(agreementId).forEach(goal -> titles.put(goal.getId(), goal.getTitle()));
        return titles;
    }

    public Page<HistoryEntry> history(SamverkanUser user, long agreementId, Pageable pageable) {
        access.readable(user, agreementId);
        // The order is fixed; a sort asked for in the URL is ignored rather than passed to the query.
        return changes.findByAgreementIdOrderByChangedAtDescIdDesc(agreementId,
                        Paging.of(pageable))
                .map(AgreementChange::toEntry);
    }

    private static FocusAreaSection section(FocusAreaView area, List<GoalView> allGoals,
                                            List<MeasureView> allMeasures) {
        List<GoalView> areaGoals = allGoals.stream().filter(goal -> Objects.equals(goal.focusAreaId(), area.id()))
                .toList();
        return new FocusAreaSection(area,
                areaGoals.stream().filter(goal -> goal.type() == GoalType.IMPACT).toList(),
                areaGoals.stream().filter(goal -> goal.type() == GoalType.OUTPUT).toList(),
                allMeasures.stream().filter(measure -> Objects.equals(measure.focusAreaId(), area.id())).toList());
    }

    AgreementView view(SamverkanUser user, Agreement agreement, Map<Long, String> names) {
        return new AgreementView(agreement.getId(), agreement.getTitle(),
                ref(agreement.getMunicipalityId(), names), ref(agreement.getPoliceAreaId(), names),
                refs(agreement.getPartnerIds(), names), agreement.getPeriodStart(), agreement.getPeriodEnd(),
                agreement.getRegistrationNumber(), agreement.getPurpose(), agreement.getSituationPicture(),
                agreement.getStatus(), agreement.getEndedOn(), agreement.getEndedReason(),
                agreement.isPublicSummary(), agreement.getPredecessorId(), agreement.getSuccessorId(),
                agreement.getMeetingRhythm(), agreement.getReportRecipients(), agreement.getVersion(),
                AgreementAccess.mayEdit(user, agreement) && agreement.getStatus().editable());
    }

    private static OrganisationRef ref(long id, Map<Long, String> names) {
        return new OrganisationRef(id, names.get(id));
    }

    private static List<OrganisationRef> refs(Collection<Long> ids, Map<Long, String> names) {
        List<OrganisationRef> refs = new ArrayList<>();
        ids.forEach(id -> refs.add(ref(id, names)));
        refs.sort(Comparator.comparing(OrganisationRef::name));
        return refs;
    }

}
