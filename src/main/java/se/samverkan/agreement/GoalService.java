package se.samverkan.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** Impact and output goals, of a focus area or of the agreement as a whole. */
@Service
@Transactional
public class GoalService {

    private final AgreementAccess access;
    private final GoalRepository goals;
    private final FocusAreaRepository focusAreas;
    private final MeasureRepository measures;
    private final AgreementHistory history;

    GoalService(AgreementAccess access, GoalRepository goals, FocusAreaRepository focusAreas,
                MeasureRepository measures, AgreementHistory history) {
        this.access = access;
        this.goals = goals;
        this.focusAreas = focusAreas;
        this.measures = measures;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public GoalView get(SamverkanUser user, long agreementId, long goalId) {
        access.readable(user, agreementId);
        return find(agreementId, goalId).toView();
    }

    @Transactional(readOnly = true)
    public List<GoalView> list(SamverkanUser user, long agreementId) {
        access.readable(user, agreementId);
        return goals.findByAgreementIdOrderById(agreementId).stream().map(Goal::toView).toList();
    }

    public long create(SamverkanUser user, long agreementId, GoalCommand command) {
        access.editable(user, agreementId);
        checkFocusArea(agreementId, command.focusAreaId());
        Goal goal = goals.save(new Goal(agreementId, command));
        history.created(agreementId, AgreementPart.GOAL, goal.getTitle(), user);
        return goal.getId();
    }

    public void update(SamverkanUser user, long agreementId, long goalId, GoalCommand command) {
        access.editable(user, agreementId);
        Goal goal = find(agreementId, goalId);
        AgreementService.checkVersion(goal.getVersion(), command.version(), goalId);
        checkFocusArea(agreementId, command.focusAreaId());
        Map<Long, String> titles = focusAreas.titlesOf(agreementId);
        var before = goal.auditFields(titles);
        goal.change(command);
        history.changed(agreementId, AgreementPart.GOAL, goal.getTitle(), before, goal.auditFields(titles), user);
    }

    /** Removes the goal; the measures that served it no longer do, and the history says so for each of them. */
    public void remove(SamverkanUser user, long agreementId, long goalId) {
        access.editable(user, agreementId);
        Goal goal = find(agreementId, goalId);
        Map<Long, String> titles = goals.findByAgreementIdOrderById(agreementId).stream()
                .collect(Collectors.toMap(Goal::getId, Goal::getTitle));
        for (Measure measure : measures.findByAgreementIdOrderById(agreementId)) {
            if (measure.getGoalIds().contains(goalId)) {
                Map<String, String> before = new HashMap<>();
                before.put("goals", Texts.names(measure.getGoalIds(), titles));
                measure.getGoalIds().remove(goalId);
                Map<String, String> after = new HashMap<>();
                after.put("goals", Texts.names(measure.getGoalIds(), titles));
                history.changed(agreementId, AgreementPart.MEASURE, measure.getTitle(), before, after, user);
            }
        }
        goals.delete(goal);
        history.removed(agreementId, AgreementPart.GOAL, goal.getTitle(), user);
    }

    private void checkFocusArea(long agreementId, Long focusAreaId) {
        if (focusAreaId != null && focusAreas.findByIdAndAgreementId(focusAreaId, agreementId).isEmpty()) {
            throw new FieldRejectedException("focusAreaId", "focusArea.unknown");
        }
    }

    private Goal find(long agreementId, long goalId) {
        return goals.findByIdAndAgreementId(goalId, agreementId)
                .orElseThrow(() -> new NotFoundException("Goal", goalId));
    }
}
