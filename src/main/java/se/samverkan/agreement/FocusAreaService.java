package se.samverkan.agreement;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** The focus areas of an agreement, kept in the order the parties give them. */
@Service
@Transactional
public class FocusAreaService {

    private final AgreementAccess access;
    private final FocusAreaRepository focusAreas;
    private final AgreementHistory history;

    FocusAreaService(AgreementAccess access, FocusAreaRepository focusAreas, AgreementHistory history) {
        this.access = access;
        this.focusAreas = focusAreas;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public FocusAreaView get(SamverkanUser user, long agreementId, long focusAreaId) {
        access.readable(user, agreementId);
        return find(agreementId, focusAreaId).toView();
    }

    @Transactional(readOnly = true)
    public List<FocusAreaView> list(SamverkanUser user, long agreementId) {
        access.readable(user, agreementId);
        return focusAreas.findByAgreementIdOrderByPosition(agreementId).stream().map(FocusArea::toView).toList();
    }

    public long create(SamverkanUser user, long agreementId, FocusAreaCommand command) {
        access.editable(user, agreementId);
        FocusArea area = focusAreas.save(new FocusArea(agreementId, focusAreas.maxPosition(agreementId) + 1, command));
        history.created(agreementId, AgreementPart.FOCUS_AREA, area.getTitle(), user);
        return area.getId();
    }

    public void update(SamverkanUser user, long agreementId, long focusAreaId, FocusAreaCommand command) {
        access.editable(user, agreementId);
        FocusArea area = find(agreementId, focusAreaId);
        AgreementService.checkVersion(area.getVersion(), command.version(), focusAreaId);
        var before = area.auditFields();
        area.change(command);
        history.changed(agreementId, AgreementPart.FOCUS_AREA, area.getTitle(), before, area.auditFields(), user);
    }

    /** Moves a focus area one place up ({@code -1}) or down ({@code +1}) by swapping with its neighbour. */
    public void move(SamverkanUser user, long agreementId, long focusAreaId, int step) {
        access.editable(user, agreementId);
        List<FocusArea> ordered = focusAreas.findByAgreementIdOrderByPosition(agreementId);
        FocusArea area = find(agreementId, focusAreaId);
        int index = ordered.indexOf(area);
        int other = index + Integer.signum(step);
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        FocusArea neighbour = ordered.get(other);
        int position = area.getPosition();
        area.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        history.changed(agreementId, AgreementPart.FOCUS_AREA, area.getTitle(),
                Map.of("position", String.valueOf(position)),
                Map.of("position", String.valueOf(area.getPosition())), user);
    }

    /** Removes the focus area with its goals and measures (the database cascades). */
    public void remove(SamverkanUser user, long agreementId, long focusAreaId) {
        access.editable(user, agreementId);
        FocusArea area = find(agreementId, focusAreaId);
        focusAreas.delete(area);
        history.removed(agreementId, AgreementPart.FOCUS_AREA, area.getTitle(), user);
    }

    private FocusArea find(long agreementId, long focusAreaId) {
        return focusAreas.findByIdAndAgreementId(focusAreaId, agreementId)
                .orElseThrow(() -> new NotFoundException("Focus area", focusAreaId));
    }
}
