package se.samverkan.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.FocusAreaRef;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.agreement.PlacedMeasure;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.Paging;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.security.SamverkanUser;

/** Reads situational pictures for pages: the list, one whole picture, the choices of its forms and the trend. */
@Service
@Transactional(readOnly = true)
public class SituationReader {

    /** More agreements or pledges than this for one municipality is far beyond what the sources describe. */
    private static final PageRequest ALL = PageRequest.of(0, 200);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("periodType"),
            Sort.Order.desc("id"));

    private final SituationAccess access;
    private final SituationPictureRepository pictures;
    private final HotspotRepository hotspots;
    private final CitationRepository citations;
    private final OrganisationService organisations;
    private final AgreementReader agreements;
    private final PledgeReader pledges;

    SituationReader(SituationAccess access, SituationPictureRepository pictures, HotspotRepository hotspots,
                    CitationRepository citations, OrganisationService organisations, AgreementReader agreements,
                    PledgeReader pledges) {
        this.access = access;
        this.pictures = pictures;
        this.hotspots = hotspots;
        this.citations = citations;
        this.organisations = organisations;
        this.agreements = agreements;
        this.pledges = pledges;
    }

    public Page<PictureSummary> list(SamverkanUser user, PictureFilter filter, Pageable pageable) {
        Page<SituationPicture> page = pictures.findAll(PictureSpecifications.visibleTo(user)
                        .and(PictureSpecifications.matching(filter)),
                Paging.of(pageable, NEWEST_FIRST));
        Set<Long> organisationIds = new HashSet<>();
        page.forEach(picture -> organisationIds.addAll(picture.partyIds()));
        Map<Long, String> names = names(organisationIds);
        Map<Long, List<Hotspot>> spots = hotspots.findByPictureIdIn(page.map(SituationPicture::getId).toList())
                .stream().collect(Collectors.groupingBy(Hotspot::getPictureId));
        return page.map(picture -> {
            List<Hotspot> own = spots.getOrDefault(picture.getId(), List.of());
            return new PictureSummary(picture.getId(), ref(picture.getMunicipalityId(), names), picture.period(),
                    picture.getCompilerIds().stream().map(names::get).sorted().toList(), own.size(),
                    own.stream().mapToInt(Hotspot::getIncidentCount).sum());
        });
    }

    /**
     * The pictures of the agreement's municipality whose period starts in the year, oldest first, for the
     * agreement's annual report. The document shows that the user may read the agreement; the report is the parties'
     * joint document, so it summarises every picture of the municipality, as its steering group reads them. One
     * query.
     */
    public List<PictureOfYear> picturesOfYear(AgreementDocument document, int year) {
        return pictures.withHotspotCountsBetween(document.agreement().municipality().id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(row -> {
                    SituationPicture picture = (SituationPicture) row[0];
                    return new PictureOfYear(picture.getId(), picture.period(), picture.getSummary(),
                            ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
                }).toList();
    }

    public PictureDocument document(SamverkanUser user, long pictureId) {
        SituationPicture picture = access.readable(user, pictureId);
        long municipalityId = picture.getMunicipalityId();
        Period period = picture.period();
        // A picture the user may not open is not compared with either: no counts or trend of it leak out.
        Optional<SituationPicture> previous = pictures.findByPeriod(municipalityId, period.previous())
                .filter(p -> SituationAccess.mayRead(user, p));
        Optional<SituationPicture> next = pictures.findByPeriod(municipalityId, period.next())
                .filter(p -> SituationAccess.mayRead(user, p));
        Map<String, Integer> previousCounts = previous.map(p -> counts(hotspots
                .findByPictureIdOrderByIncidentCountDescPlaceAsc(p.getId()))).orElse(Map.of());

        // A new version of an agreement copies its measures; the same title is listed once (the older, signed one).
        Map<String, PlacedMeasure> byTitle = new LinkedHashMap<>();
        agreements.placedMeasures(user, municipalityId)
                .forEach(measure -> byTitle.putIfAbsent(Places.key(measure.title()), measure));
        List<PlacedMeasure> measures = List.copyOf(byTitle.values());
        List<PledgeSummary> municipalityPledges = pledgesOf(user, municipalityId);
        List<HotspotView> spots = hotspots.findByPictureIdOrderByIncidentCountDescPlaceAsc(pictureId).stream()
                .map(spot -> new HotspotView(spot.getId(), spot.getPlace(), spot.getLatitude(), spot.getLongitude(),
                        spot.getCategory(), spot.getIncidentCount(), previousCounts.get(spot.matchKey()),
                        previous.isEmpty() ? null
                                : Trend.of(previousCounts.get(spot.matchKey()), spot.getIncidentCount()),
                        spot.getActions(),
                        measures.stream().filter(m -> Places.names(m.place(), spot.getPlace()))
                                .map(m -> new PlaceLink(m.title(),
                                        "/overenskommelser/" + m.agreementId() + "#atgard-" + m.id()))
                                .toList(),
                        municipalityPledges.stream().filter(p -> Places.names(p.target(), spot.getPlace()))
                                .map(p -> new PlaceLink(p.title(), "/loften/" + p.id()))
                                .toList()))
                .toList();

        Map<Long, String> names = names(picture.partyIds());
        return new PictureDocument(pictureId, ref(municipalityId, names), period,
                picture.getCompilerIds().stream().map(id -> ref(id, names))
                        .sorted(Comparator.comparing(OrganisationRef::name)).toList(),
                picture.getSummary(),
                previous.map(SituationPicture::getId).orElse(null), next.map(SituationPicture::getId).orElse(null),
                previous.isPresent(), spots, citationsOf(user, picture, municipalityPledges),
                picture.getVersion(), SituationAccess.mayEdit(user, picture));
    }

    /** The picture for a form that changes it: 404 for strangers, 403 for readers. */
    public PictureDocument editable(SamverkanUser user, long pictureId) {
        access.editable(user, pictureId);
        return document(user, pictureId);
    }

    public HotspotCommand hotspot(SamverkanUser user, long pictureId, long hotspotId) {
        access.readable(user, pictureId);
        return hotspots.findByIdAndPictureId(hotspotId, pictureId)
                .orElseThrow(() -> new NotFoundException("Hotspot", hotspotId)).toCommand();
    }

    /**
     * The municipalities the user can compile pictures for: those of the agreements their organisation is party to,
     * and their own when it is a municipality (every municipality for administrators).
     */
    public List<OrganisationRef> municipalityChoices(SamverkanUser user) {
        Map<Long, OrganisationRef> choices = new TreeMap<>();
        if (user.role() == Role.ADMIN) {
            organisations.all().stream().filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                    .forEach(o -> choices.put(o.id(), new OrganisationRef(o.id(), o.name())));
        } else {
            agreementsOf(user, null).forEach(a -> choices.put(a.municipalityId(),
                    new OrganisationRef(a.municipalityId(), a.municipalityName())));
            OrganisationView own = organisations.get(user.organisationId());
            if (own.kind() == OrganisationKind.MUNICIPALITY) {
                choices.put(own.id(), new OrganisationRef(own.id(), own.name()));
            }
        }
        return choices.values().stream().sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** The municipality, when the user may compile pictures for it; 404 otherwise. */
    public OrganisationRef municipality(SamverkanUser user, long municipalityId) {
        return municipalityChoices(user).stream().filter(m -> m.id() == municipalityId).findFirst()
                .orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
    }

    /**
     * The parties that can compile the municipality's picture: the municipality and the parties of its agreements
     * that the user may read (the police area first, then partners).
     */
    public List<OrganisationRef> compilerChoices(SamverkanUser user, long municipalityId) {
        OrganisationRef municipality = municipality(user, municipalityId);
        Map<Long, OrganisationRef> parties = new LinkedHashMap<>();
        parties.put(municipality.id(), municipality);
        List<OrganisationRef> others = new ArrayList<>();
        agreementsOf(user, municipalityId).forEach(a -> {
            var agreement = agreements.get(user, a.id());
            others.add(agreement.policeArea());
            others.addAll(agreement.partners());
        });
        others.stream().filter(o -> !parties.containsKey(o.id())).sorted(Comparator.comparing(OrganisationRef::name))
                .forEach(o -> parties.putIfAbsent(o.id(), o));
        return List.copyOf(parties.values());
    }

    /** The focus areas and pledges of the picture's municipality that do not cite it yet. */
    public List<CitationChoice> citationChoices(SamverkanUser user, long pictureId) {
        SituationPicture picture = access.readable(user, pictureId);
        List<Citation> present = citations.findByPictureIdOrderById(pictureId);
        Set<Long> citedAreas = present.stream().map(Citation::getFocusAreaId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> citedPledges = present.stream().map(Citation::getPledgeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<CitationChoice> choices = new ArrayList<>();
        agreements.focusAreas(user, picture.getMunicipalityId()).stream()
                .filter(area -> !citedAreas.contains(area.id()))
                .forEach(area -> choices.add(new CitationChoice(CitationChoice.FOCUS_AREA + area.id(),
                        area.title() + " (" + area.agreementTitle() + ")")));
        pledgesOf(user, picture.getMunicipalityId()).stream().filter(p -> !citedPledges.contains(p.id()))
                .forEach(p -> choices.add(new CitationChoice(CitationChoice.PLEDGE + p.id(),
                        p.title() + " (" + p.periodStart().getYear() + ")")));
        return choices;
    }

    /** The places named in the municipality's pictures that the user may read, as first written. */
    public List<String> places(SamverkanUser user, long municipalityId) {
        Map<String, String> places = new TreeMap<>();
        readablePictures(user, municipalityId, null).forEach((picture, spots) -> spots
                .forEach(spot -> places.putIfAbsent(Places.key(spot.getPlace()), spot.getPlace())));
        return List.copyOf(places.values());
    }

    /**
     * The incidents at a place, in a category, or both (null means any) across the municipality's pictures of one
     * period type, oldest first.
     */
    public List<TrendRow> trend(SamverkanUser user, long municipalityId, PeriodType type, String place,
                                HotspotCategory category) {
        Predicate<Hotspot> counted = spot -> (place == null || Places.key(spot.getPlace()).equals(Places.key(place)))
                && (category == null || spot.getCategory() == category);
        List<TrendRow> rows = new ArrayList<>();
        TrendRow before = null;
        for (Map.Entry<SituationPicture, List<Hotspot>> entry
                : readablePictures(user, municipalityId, type).entrySet()) {
            List<Hotspot> matching = entry.getValue().stream().filter(counted).toList();
            Integer count = matching.isEmpty() ? null : matching.stream().mapToInt(Hotspot::getIncidentCount).sum();
            Period period = entry.getKey().period();
            Trend trend = null;
            if (count != null && before != null && before.period().equals(period.previous())) {
                trend = Trend.of(before.incidentCount(), count);
            }
            TrendRow row = new TrendRow(entry.getKey().getId(), period, count, trend,
                    matching.stream().map(Hotspot::getPlace).distinct().sorted().toList(),
                    matching.stream().map(Hotspot::getCategory).distinct().sorted().toList());
            rows.add(row);
            before = row;
        }
        return rows;
    }

    /** For the agreement page: the pictures each of the focus areas is based on, that the user may read. */
    public Map<Long, List<PictureLink>> picturesOfFocusAreas(SamverkanUser user, Collection<Long> focusAreaIds) {
        if (focusAreaIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map.Entry<Long, SituationPicture>> cited = new LinkedHashMap<>();
        pictures.citedByFocusAreas(focusAreaIds).forEach(row -> {
            SituationPicture picture = (SituationPicture) row[1];
            cited.putIfAbsent(row[0] + "/" + picture.getId(), Map.entry((Long) row[0], picture));
        });
        return links(user, List.copyOf(cited.values()));
    }

    /** For the pledge page: the pictures the pledge is based on, that the user may read. */
    public List<PictureLink> picturesOfPledge(SamverkanUser user, long pledgeId) {
        return linked(user, citations.findByPledgeId(pledgeId), Citation::getPledgeId)
                .getOrDefault(pledgeId, List.of());
    }

    private Map<Long, List<PictureLink>> linked(SamverkanUser user, List<Citation> found,
                                                Function<Citation, Long> target) {
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, SituationPicture> byId = pictures.findWithCompilersByIdIn(found.stream()
                        .map(Citation::getPictureId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SituationPicture::getId, Function.identity()));
        return links(user, found.stream().filter(c -> byId.containsKey(c.getPictureId()))
                .map(c -> Map.entry(target.apply(c), byId.get(c.getPictureId()))).toList());
    }

    /** Links to the cited pictures the user may read by the id of what cites them, the newest period first. */
    private Map<Long, List<PictureLink>> links(SamverkanUser user, List<Map.Entry<Long, SituationPicture>> cited) {
        List<Map.Entry<Long, SituationPicture>> readable = cited.stream()
                .filter(entry -> SituationAccess.mayRead(user, entry.getValue())).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = names(readable.stream().map(entry -> entry.getValue().getMunicipalityId())
                .collect(Collectors.toSet()));
        Map<Long, List<PictureLink>> links = new HashMap<>();
        readable.forEach(entry -> {
            SituationPicture picture = entry.getValue();
            links.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(new PictureLink(picture.getId(),
                    picture.period(), names.get(picture.getMunicipalityId())));
        });
        links.values().forEach(list -> list.sort(Comparator.comparing((PictureLink link) -> link.period().firstDay())
                .reversed()));
        return links;
    }

    private List<CitationView> citationsOf(SamverkanUser user, SituationPicture picture,
                                           List<PledgeSummary> municipalityPledges) {
        List<Citation> found = citations.findByPictureIdOrderById(picture.getId());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, FocusAreaRef> areas = agreements.focusAreas(user, picture.getMunicipalityId()).stream()
                .collect(Collectors.toMap(FocusAreaRef::id, Function.identity()));
        Map<Long, PledgeSummary> pledgesById = municipalityPledges.stream()
                .collect(Collectors.toMap(PledgeSummary::id, Function.identity()));
        List<CitationView> views = new ArrayList<>();
        for (Citation citation : found) {
            // What the user may not read is left out, not named.
            if (citation.getFocusAreaId() != null && areas.containsKey(citation.getFocusAreaId())) {
                FocusAreaRef area = areas.get(citation.getFocusAreaId());
                views.add(new CitationView(citation.getId(), true, area.title(), area.agreementTitle(),
                        "/overenskommelser/" + area.agreementId() + "#fokusomrade-" + area.id()));
            } else if (citation.getPledgeId() != null && pledgesById.containsKey(citation.getPledgeId())) {
                PledgeSummary pledge = pledgesById.get(citation.getPledgeId());
                views.add(new CitationView(citation.getId(), false, pledge.title(),
                        String.valueOf(pledge.periodStart().getYear()), "/loften/" + pledge.id()));
            }
        }
        return views;
    }

    /** The municipality's pictures of the type that the user may read, oldest first, with their hotspots. */
    private Map<SituationPicture, List<Hotspot>> readablePictures(SamverkanUser user, long municipalityId,
                                                                  PeriodType type) {
        List<SituationPicture> found = pictures.findAll(PictureSpecifications.visibleTo(user)
                        .and(PictureSpecifications.matching(new PictureFilter(municipalityId, type, null))),
                Sort.by(Sort.Order.asc("periodStart"), Sort.Order.asc("id")));
        Map<Long, List<Hotspot>> spots = hotspots.findByPictureIdIn(found.stream().map(SituationPicture::getId)
                .toList()).stream().collect(Collectors.groupingBy(Hotspot::getPictureId));
        Map<SituationPicture, List<Hotspot>> result = new LinkedHashMap<>();
        found.forEach(picture -> result.put(picture, spots.getOrDefault(picture.getId(), List.of())));
        return result;
    }

    private static Map<String, Integer> counts(List<Hotspot> spots) {
        return spots.stream().collect(Collectors.toMap(Hotspot::matchKey, Hotspot::getIncidentCount, Integer::sum));
    }

    List<AgreementSummary> agreementsOf(SamverkanUser user, Long municipalityId) {
        return agreements.list(user, new AgreementFilter(municipalityId, null, null), ALL).getContent();
    }

    List<PledgeSummary> pledgesOf(SamverkanUser user, long municipalityId) {
        return pledges.list(user, new PledgeFilter(municipalityId, null, null, null), null, ALL).getContent();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return organisations.byIds(ids).values().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
    }

    private static OrganisationRef ref(long id, Map<Long, String> names) {
        return new OrganisationRef(id, names.get(id));
    }
}
