package se.samverkan.meeting.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementDocument.FocusAreaSection;
import se.samverkan.agreement.MeasureView;
import se.samverkan.common.Option;
import se.samverkan.meeting.ActionOwner;
import se.samverkan.meeting.DecisionSubject;

/** The choices the meeting forms offer, all from the meeting's own agreement. */
final class MeetingOptions {

    /** One choice in a grouped select. */
    record Choice(String value, String label) {
    }

    /** An optgroup: its heading's message key and its choices. */
    record ChoiceGroup(String labelKey, List<Choice> choices) {
    }

    private MeetingOptions() {
    }

    static void attendees(AgreementDocument document, Model model) {
        model.addAttribute("agreement", document.agreement());
        model.addAttribute("attendeeOptions", document.steeringGroup().stream()
                .map(member -> new Option(member.id(), member.name() + ", " + member.function() + " ("
                        + member.organisationName() + ")"))
                .toList());
    }

    static void subjects(AgreementDocument document, Model model) {
        model.addAttribute("agreement", document.agreement());
        List<MeasureView> measures = new ArrayList<>();
        document.focusAreas().forEach(section -> measures.addAll(section.measures()));
        measures.addAll(document.overarchingMeasures());
        model.addAttribute("subjectGroups", List.of(
                new ChoiceGroup("meetingDecision.subject.focusAreas", document.focusAreas().stream()
                        .map(FocusAreaSection::focusArea)
                        .map(area -> choice(DecisionSubject.Kind.FOCUS_AREA, area.id(), area.title())).toList()),
                new ChoiceGroup("meetingDecision.subject.goals", document.goalTitles().entrySet().stream()
                        .map(goal -> choice(DecisionSubject.Kind.GOAL, goal.getKey(), goal.getValue())).toList()),
                new ChoiceGroup("meetingDecision.subject.measures", measures.stream()
                        .map(measure -> choice(DecisionSubject.Kind.MEASURE, measure.id(), measure.title()))
                        .toList())));
    }

    static void owners(AgreementDocument document, Model model) {
        model.addAttribute("agreement", document.agreement());
        model.addAttribute("ownerGroups", List.of(
                new ChoiceGroup("actionItem.owner.members", document.steeringGroup().stream()
                        .map(member -> new Choice(new ActionOwner(ActionOwner.Kind.MEMBER, member.id()).value(),
                                member.name() + " (" + member.organisationName() + ")"))
                        .toList()),
                new ChoiceGroup("actionItem.owner.parties", document.agreement().parties().stream()
                        .map(party -> new Choice(new ActionOwner(ActionOwner.Kind.ORGANISATION, party.id()).value(),
                                party.name()))
                        .toList())));
    }

    private static Choice choice(DecisionSubject.Kind kind, long id, String title) {
        return new Choice(new DecisionSubject(kind, id).value(), title);
    }
}
