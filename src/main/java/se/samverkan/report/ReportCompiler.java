package se.samverkan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FocusAreaView;
import se.samverkan.agreement.GoalView;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureUpdateView;
import se.samverkan.agreement.MeasureView;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.indicator.IndicatorFigures;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueView;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.report.ReportContent.Area;
import se.samverkan.report.ReportContent.DecisionPart;
import se.samverkan.report.ReportContent.GoalPart;
import se.samverkan.report.ReportContent.IndicatorPart;
import se.samverkan.report.ReportContent.IndicatorValue;
import se.samverkan.report.ReportContent.MeasurePart;
import se.samverkan.report.ReportContent.MeasureUpdate;
import se.samverkan.report.ReportContent.MeetingPart;
import se.samverkan.report.ReportContent.PledgePart;
import se.samverkan.report.ReportContent.SituationPicturePart;
import se.samverkan.security.SamverkanUser;
import se.samverkan.situation.SituationReader;

/**
 * Compiles the figures of an agreement's year from the data as it is now: per focus area (and for the overarching
 * part) the goals with their indicators and the measures that ran during some part of the year (a measure without
 * dates always counts), with their status, newest update and counts per status; the pledges that ran during the
 * year with their results; the steering-group meetings held and their decisions; the municipality's situational
 * pictures of the year. Reads the agreement through {@link AgreementReader#document}, so a user who is not a party
 * gets 404.
 *
 * <p>It calls the follow-up modules' public readers directly ({@code indicator}, {@code meeting}, {@code situation};
 * none of them depends on {@code report}). An earlier design let those modules contribute through an interface;
 * with all of them in place a direct call is simpler to read and to test, and keeps one place that decides what a
 * report holds. Every part is read in a fixed number of queries for the whole agreement, never one per goal or
 * measure.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompiler {

    private final AgreementReader agreements;
    private final MeasureFollowUp followUp;
    private final PledgeReader pledges;
    private final IndicatorReader indicators;
    private final MeetingReader meetings;
    private final SituationReader situations;
    private final Clock clock;

    ReportCompiler(AgreementReader agreements, MeasureFollowUp followUp, PledgeReader pledges,
                   IndicatorReader indicators, MeetingReader meetings, SituationReader situations, Clock clock) {
        this.agreements = agreements;
        this.followUp = followUp;
        this.pledges = pledges;
        this.indicators = indicators;
        this.meetings = meetings;
        this.situations = situations;
        this.clock = clock;
    }

    public ReportContent compile(SamverkanUser user, long agreementId, int year) {
        AgreementDocument document = agreements.document(user, agreementId);
        AgreementView agreement = document.agreement();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);

        List<MeasureView> measures = Stream.concat(
                        document.focusAreas().stream().flatMap(section -> section.measures().stream()),
                        document.overarchingMeasures().stream())
                .filter(measure -> ranDuring(measure, first, last)).toList();
        List<GoalView> goals = Stream.concat(document.focusAreas().stream()
                        .flatMap(section -> Stream.concat(section.impactGoals().stream(), section.outputGoals().stream())),
                document.overarchingGoals().stream()).toList();
        Parts parts = new Parts(indicatorsByGoal(agreement, year),
                followUp.lastUpdates(document, last));

        List<Area> areas = document.focusAreas().stream()
                .map(section -> area(section.focusArea(), goals, measures, parts)).toList();
        Area overarching = area(null, goals, measures, parts);
        List<PledgePart> pledgeParts = pledges.outcomesOfYear(agreement, year).stream()
                .map(p -> new PledgePart(p.id(), p.title(), p.target(), p.periodStart(), p.periodEnd(), p.status(),
                        p.resultDone(), p.resultAchieved(), p.continues()))
                .toList();
        List<MeetingPart> meetingParts = meetings.heldIn(document, year).stream()
                .map(meeting -> new MeetingPart(meeting.date(), meeting.place(), meeting.decisions().stream()
                        .map(decision -> new DecisionPart(decision.text(), decision.subjectTitle())).toList()))
                .toList();
        List<SituationPicturePart> pictureParts = situations.picturesOfYear(document, year).stream()
                .map(picture -> new SituationPicturePart(picture.period().label(), picture.period().firstDay(),
                        picture.summary(), picture.hotspotCount(), picture.incidentCount()))
                .toList();
        return new ReportContent(agreementId, agreement.title(), year, agreement.periodStart(),
                agreement.periodEnd(), agreement.parties().stream().map(OrganisationRef::name).toList(),
                Instant.now(clock), areas, overarching, counts(measures), pledgeParts, meetingParts, pictureParts);
    }

    /**
     * The agreement's indicators by the goals they follow up, each with its values of the year and before and its
     * status at the end of the year (values of later periods are left out, so the status is the year's).
     */
    private Map<Long, List<IndicatorPart>> indicatorsByGoal(AgreementView agreement, int year) {
        Map<Long, List<IndicatorPart>> byGoal = new HashMap<>();
        indicators.withValues(agreement).forEach((indicator, values) -> {
            List<ValueView> upToYear = values.stream().filter(value -> value.period().year() <= year).toList();
            IndicatorFigures figures = IndicatorFigures.of(indicator, upToYear);
            IndicatorPart part = new IndicatorPart(indicator.id(), indicator.name(), indicator.unit(),
                    indicator.direction(), indicator.baselineValue(), text(indicator.baselinePeriod()),
                    indicator.targetValue(), text(indicator.targetPeriod()),
                    upToYear.stream().map(value -> new IndicatorValue(value.period().toString(), value.shown()))
                            .toList(),
                    figures.status());
            indicator.goalIds().forEach(goalId -> byGoal.computeIfAbsent(goalId, id -> new ArrayList<>()).add(part));
        });
        return byGoal;
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }

    private static boolean ranDuring(MeasureView measure, LocalDate first, LocalDate last) {
        return (measure.startDate() == null || !measure.startDate().isAfter(last))
                && (measure.endDate() == null || !measure.endDate().isBefore(first));
    }

    private static Area area(FocusAreaView focusArea, List<GoalView> goals, List<MeasureView> measures,
                             Parts parts) {
        Long id = focusArea == null ? null : focusArea.id();
        List<GoalPart> goalParts = goals.stream().filter(goal -> Objects.equals(goal.focusAreaId(), id))
                .map(goal -> new GoalPart(goal.id(), goal.type(), goal.title(), goal.target(),
                        List.copyOf(parts.indicators().getOrDefault(goal.id(), List.of()))))
                .toList();
        List<MeasureView> areaMeasures = measures.stream()
                .filter(measure -> Objects.equals(measure.focusAreaId(), id)).toList();
        List<MeasurePart> measureParts = areaMeasures.stream()
                .map(measure -> new MeasurePart(measure.id(), measure.title(), measure.responsibleNames(),
                        measure.status(), measure.startDate(), measure.endDate(),
                        update(parts.lastUpdates().get(measure.id()))))
                .toList();
        return focusArea == null
                ? new Area(null, null, null, goalParts, measureParts, counts(areaMeasures))
                : new Area(id, focusArea.title(), focusArea.description(), goalParts, measureParts,
                counts(areaMeasures));
    }

    private static MeasureUpdate update(MeasureUpdateView view) {
        return view == null ? null
                : new MeasureUpdate(view.updatedOn(), view.status(), view.percentDone(), view.comment(), view.author());
    }

    /** Every status with its count, zeros included, in the order of {@link MeasureStatus}. */
    static Map<MeasureStatus, Long> counts(List<MeasureView> measures) {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, measures.stream().filter(measure -> measure.status() == status).count());
        }
        return counts;
    }

    /** What the follow-up modules add to goals and measures, by their ids. */
    private record Parts(Map<Long, List<IndicatorPart>> indicators, Map<Long, MeasureUpdateView> lastUpdates) {
    }
}
