package se.samverkan.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.FocusAreaCommand;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalCommand;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.MeasureCommand;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.SignatoryCommand;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupMemberCommand;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.security.SamverkanUser;

/** Fills a new demo agreement: goals, focus areas, measures, steering group and signatories, through the services. */
@Component
@Profile("demo")
class DemoAgreementContent {

    private final FocusAreaService focusAreas;
    private final GoalService goals;
    private final MeasureService measures;
    private final SteeringGroupService steeringGroup;
    private final SignatoryService signatories;

    DemoAgreementContent(FocusAreaService focusAreas, GoalService goals, MeasureService measures,
                         SteeringGroupService steeringGroup, SignatoryService signatories) {
        this.focusAreas = focusAreas;
        this.goals = goals;
        this.measures = measures;
        this.steeringGroup = steeringGroup;
        this.signatories = signatories;
    }

    /** {@code organisationIds} maps the slugs the data uses to organisation ids. */
    void fill(SamverkanUser user, long agreementId, DemoAgreement demo, Map<String, Long> organisationIds) {
        Map<String, Long> goalIds = new HashMap<>();
        addGoals(user, agreementId, null, demo.goals(), goalIds);
        for (DemoAgreement.FocusArea area : demo.focusAreas()) {
            long areaId = focusAreas.create(user, agreementId,
                    new FocusAreaCommand(area.title(), area.description(), 0));
            addGoals(user, agreementId, areaId, area.goals(), goalIds);
            addMeasures(user, agreementId, areaId, area.measures(), goalIds, organisationIds);
        }
        // Last, so that an overarching measure may serve any goal of the agreement.
        addMeasures(user, agreementId, null, demo.measures(), goalIds, organisationIds);
        if (demo.steeringGroup() != null) {
            for (DemoAgreement.Person member : demo.steeringGroup().members()) {
                steeringGroup.create(user, agreementId, new SteeringGroupMemberCommand(member.name(), member.role(),
                        organisationIds.get(member.organisation()), 0));
            }
        }
        for (DemoAgreement.Person signatory : demo.signing().signatories()) {
            signatories.create(user, agreementId, new SignatoryCommand(signatory.name(), signatory.role(),
                    organisationIds.get(signatory.organisation()), demo.signing().signedOn(), 0));
        }
    }

    private void addGoals(SamverkanUser user, long agreementId, Long focusAreaId, List<DemoAgreement.Goal> demoGoals,
                          Map<String, Long> goalIds) {
        for (DemoAgreement.Goal goal : demoGoals) {
            DemoAgreement.Target target = goal.target();
            long id = goals.create(user, agreementId, new GoalCommand(focusAreaId, goal.type(), goal.title(),
                    goal.description(), target == null ? null : target.value(),
                    target == null ? null : target.unit(), target == null ? null : target.date(), 0));
            goalIds.put(goal.key(), id);
        }
    }

    private void addMeasures(SamverkanUser user, long agreementId, Long focusAreaId,
                             List<DemoAgreement.Measure> demoMeasures, Map<String, Long> goalIds,
                             Map<String, Long> organisationIds) {
        for (DemoAgreement.Measure measure : demoMeasures) {
            measures.create(user, agreementId, new MeasureCommand(focusAreaId, measure.title(),
                    measure.description(), measure.type(), ids(measure.responsible(), organisationIds),
                    ids(measure.goalKeys(), goalIds), measure.contactPerson(), measure.place(),
                    measure.startDate(), measure.endDate(), measure.status(), 0));
        }
    }

    /** The ids for keys of the data; a key without an id is a mistake in the data, not something to skip. */
    private static Set<Long> ids(List<String> keys, Map<String, Long> ids) {
        return keys.stream().map(key -> {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("Demo data refers to unknown " + key);
            }
            return id;
        }).collect(Collectors.toSet());
    }
}
