package se.samverkan.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** Writes situational pictures, their hotspots and the focus areas and pledges that cite them. */
@Service
@Transactional
public class SituationService {

    private final SituationAccess access;
    private final SituationReader reader;
    private final SituationPictureRepository pictures;
    private final HotspotRepository hotspots;
    private final CitationRepository citations;
    private final Clock clock;

    SituationService(SituationAccess access, SituationReader reader, SituationPictureRepository pictures,
                     HotspotRepository hotspots, CitationRepository citations, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.pictures = pictures;
        this.hotspots = hotspots;
        this.citations = citations;
        this.clock = clock;
    }

    /** A new picture of the municipality; 404 when the user cannot compile pictures for it. */
    public long create(SamverkanUser user, long municipalityId, PictureCommand command) {
        if (!SituationAccess.mayWrite(user)) {
            throw new AccessDeniedException("Only coordinators compile situational pictures");
        }
        checkCompilers(user, municipalityId, command.compilerIds());
        checkPeriodFree(municipalityId, command.period(), null);
        return pictures.save(new SituationPicture(municipalityId, command.period(), command.compilerIds(),
                command.summary(), clock.instant())).getId();
    }

    public void update(SamverkanUser user, long pictureId, PictureCommand command) {
        SituationPicture picture = access.editable(user, pictureId);
        checkVersion(picture.getVersion(), command.version(), pictureId);
        checkCompilers(user, picture.getMunicipalityId(), command.compilerIds());
        checkPeriodFree(picture.getMunicipalityId(), command.period(), pictureId);
        picture.change(command.period(), command.compilerIds(), command.summary(), clock.instant());
    }

    public long addHotspot(SamverkanUser user, long pictureId, HotspotCommand command) {
        SituationPicture picture = access.editable(user, pictureId);
        picture.touch(clock.instant());
        return hotspots.save(new Hotspot(pictureId, command)).getId();
    }

    public void updateHotspot(SamverkanUser user, long pictureId, long hotspotId, HotspotCommand command) {
        SituationPicture picture = access.editable(user, pictureId);
        Hotspot hotspot = hotspot(pictureId, hotspotId);
        checkVersion(hotspot.getVersion(), command.version(), hotspotId);
        hotspot.change(command);
        picture.touch(clock.instant());
    }

    public void removeHotspot(SamverkanUser user, long pictureId, long hotspotId) {
        SituationPicture picture = access.editable(user, pictureId);
        hotspots.delete(hotspot(pictureId, hotspotId));
        picture.touch(clock.instant());
    }

    /**
     * Records that a focus area or pledge ({@link CitationChoice#value()}) is based on the picture. Only the
     * municipality's focus areas and pledges that the user may read can cite it; citing twice changes nothing.
     */
    public void cite(SamverkanUser user, long pictureId, String choice) {
        access.editable(user, pictureId);
        if (choice == null || reader.citationChoices(user, pictureId).stream()
                .noneMatch(c -> c.value().equals(choice))) {
            if (alreadyCited(pictureId, choice)) {
                return;
            }
            throw new FieldRejectedException("citation", "situation.citation.unknown");
        }
        long targetId = Long.parseLong(choice.substring(choice.indexOf('-') + 1));
        citations.save(choice.startsWith(CitationChoice.FOCUS_AREA) ? Citation.ofFocusArea(pictureId, targetId)
                : Citation.ofPledge(pictureId, targetId));
    }

    public void removeCitation(SamverkanUser user, long pictureId, long citationId) {
        access.editable(user, pictureId);
        citations.delete(citations.findByIdAndPictureId(citationId, pictureId)
                .orElseThrow(() -> new NotFoundException("Citation", citationId)));
    }

    private boolean alreadyCited(long pictureId, String choice) {
        if (choice == null || !choice.matches("(omrade|lofte)-[0-9]{1,18}")) {
            return false;
        }
        long targetId = Long.parseLong(choice.substring(choice.indexOf('-') + 1));
        return choice.startsWith(CitationChoice.FOCUS_AREA)
                ? citations.existsByPictureIdAndFocusAreaId(pictureId, targetId)
                : citations.existsByPictureIdAndPledgeId(pictureId, targetId);
    }

    /** Parties of the municipality's agreements only, and the user's own organisation among them or the municipality. */
    private void checkCompilers(SamverkanUser user, long municipalityId, Set<Long> compilerIds) {
        Set<Long> allowed = new HashSet<>();
        reader.compilerChoices(user, municipalityId).stream().map(OrganisationRef::id).forEach(allowed::add);
        if (compilerIds.isEmpty()) {
            throw new FieldRejectedException("compilerIds", "situation.compilers.none");
        }
        if (!allowed.containsAll(compilerIds)) {
            throw new FieldRejectedException("compilerIds", "situation.compilers.unknown");
        }
        if (user.role() != Role.ADMIN && user.organisationId() != municipalityId
                && !compilerIds.contains(user.organisationId())) {
            throw new FieldRejectedException("compilerIds", "situation.compilers.ownMissing");
        }
    }

    /** A picture sums up what has happened, so its period must have begun; and one per period. */
    private void checkPeriodFree(long municipalityId, Period period, Long pictureId) {
        if (period.firstDay().isAfter(LocalDate.now(clock))) {
            throw new FieldRejectedException("pictureDate", "situation.period.future", period.label());
        }
        pictures.findByPeriod(municipalityId, period).filter(other -> !other.getId().equals(pictureId))
                .ifPresent(other -> {
                    throw new FieldRejectedException("pictureDate", "situation.period.taken");
                });
    }

    private Hotspot hotspot(long pictureId, long hotspotId) {
        return hotspots.findByIdAndPictureId(hotspotId, pictureId)
                .orElseThrow(() -> new NotFoundException("Hotspot", hotspotId));
    }

    private static void checkVersion(long current, long edited, long id) {
        if (current != edited) {
            throw new ObjectOptimisticLockingFailureException(SituationPicture.class, id);
        }
    }
}
