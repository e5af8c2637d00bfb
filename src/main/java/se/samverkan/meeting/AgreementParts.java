package se.samverkan.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementDocument.FocusAreaSection;
import se.samverkan.agreement.MeasureView;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.agreement.SteeringGroupMemberView;

/**
 * What a meeting may refer to in its agreement, read from the agreement's document: steering-group members
 * (attendees, owners), parties (owners), and focus areas, goals and measures (what a decision concerns).
 */
record AgreementParts(Map<Long, SteeringGroupMemberView> members, Map<Long, String> parties,
                      Map<Long, String> focusAreas, Map<Long, String> goals, Map<Long, String> measures) {

    static AgreementParts of(AgreementDocument document) {
        Map<Long, String> focusAreas = new LinkedHashMap<>();
        document.focusAreas().forEach(section -> focusAreas.put(section.focusArea().id(), section.focusArea().title()));
        Map<Long, String> measures = Stream.concat(
                        document.focusAreas().stream().map(FocusAreaSection::measures).flatMap(List::stream),
                        document.overarchingMeasures().stream())
                .collect(Collectors.toMap(MeasureView::id, MeasureView::title, (a, b) -> a, LinkedHashMap::new));
        return new AgreementParts(
                document.steeringGroup().stream().collect(Collectors.toMap(SteeringGroupMemberView::id,
                        Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                document.agreement().parties().stream().collect(Collectors.toMap(OrganisationRef::id,
                        OrganisationRef::name, (a, b) -> a, LinkedHashMap::new)),
                focusAreas, new LinkedHashMap<>(document.goalTitles()), measures);
    }

    /** The title of the part, or null when the agreement has no such part. */
    String titleOf(DecisionSubject subject) {
        return switch (subject.kind()) {
            case FOCUS_AREA -> focusAreas.get(subject.id());
            case GOAL -> goals.get(subject.id());
            case MEASURE -> measures.get(subject.id());
        };
    }

    /** The owner's name, or null when the owner is neither a member of the steering group nor a party. */
    String nameOf(ActionOwner owner) {
        if (owner.kind() == ActionOwner.Kind.MEMBER) {
            SteeringGroupMemberView member = members.get(owner.id());
            return member == null ? null : member.name();
        }
        return parties.get(owner.id());
    }
}
