package se.samverkan.agreement;

import java.util.ArrayList;
import java.util.Collections;
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
    private final GoalRepository goals;
    private final MeasureRepository measures;
    private final AgreementHistory history;

    FocusAreaService(AgreementAccess access, FocusAreaRepository focusAreas, GoalRepository goals,
                     MeasureRepository measures, AgreementHistory history) {
        this.access = access;
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.measures = measures;
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
        return focusAreas.findByAgreementIdOrderByPositionAscIdAsc(agreementId).stream().map(FocusArea::toView).toList();
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

    /**
     * Moves a focus area one place up ({@code -1}) or down ({@code +1}). All areas are numbered 1..n afresh, so
     * that two areas that ended up on the same position (saved at the same moment) can still be told apart.
     */
    public void move(SamverkanUser user, long agreementId, long focusAreaId, int step) {
        access.editable(user, agreementId);
        List<FocusArea> ordered = new ArrayList<>(focusAreas.findByAgreementIdOrderByPositionAscIdAsc(agreementId));
        FocusArea area = find(agreementId, focusAreaId);
        int index = ordered.indexOf(area);
        int other = index + Integer.signum(step);
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        Collections.swap(ordered, index, other);
        for (int position = 1; position <= ordered.size(); position++) {
            FocusArea moved = ordered.get(position - 1);
            Map<String, String> before = moved.auditFields();
            moved.moveTo(position);
            history.changed(agreementId, AgreementPart.FOCUS_AREA, moved.getTitle(), before, moved.auditFields(),
                    user);
        }
    }

    /**
     * Removes the focus area with its goals and measures. The database removes them by cascade; the history names
     * each of them, so that nothing disappears without a trace.
     */
    public void remove(SamverkanUser user, long agreementId, long focusAreaId) {
        access.editable(user, agreementId);
        FocusArea area = find(agreementId, focusAreaId);
        goals.findByFocusAreaIdOrderById(focusAreaId)
                .forEach(goal -> history.removed(agreementId, AgreementPart.GOAL, goal.getTitle(), user));
        measures.findByFocusAreaIdOrderById(focusAreaId)
                .forEach(measure -> history.removed(agreementId, AgreementPart.MEASURE, measure.getTitle(), user));
        focusAreas.delete(area);
        history.removed(agreementId, AgreementPart.FOCUS_AREA, area.getTitle(), user);
    }

    private FocusArea find(long agreementId, long focusAreaId) {
        return focusAreas.findByIdAndAgreementId(focusAreaId, agreementId)
                .orElseThrow(() -> new NotFoundException("Focus area", focusAreaId));
    }
}
