package se.samverkan.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FocusAreaView;
import se.samverkan.agreement.GoalView;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureView;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.report.ReportContent.Area;
import se.samverkan.report.ReportContent.GoalPart;
import se.samverkan.report.ReportContent.MeasurePart;
import se.samverkan.report.ReportContent.PledgePart;
import se.samverkan.security.SamverkanUser;

/**
 * Compiles the figures of an agreement's year from the data as it is now: per focus area (and for the overarching
 * part) the goals and the measures that ran during some part of the year (a measure without dates always counts),
 * with their status and counts per status; the pledges that ran during the year with their results; then whatever
 * the {@link ReportContributor}s add. Reads the agreement through {@link AgreementReader#document}, so a user who
 * is not a party gets 404.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompiler {

    private final AgreementReader agreements;
    private final PledgeReader pledges;
    private final ObjectProvider<ReportContributor> contributors;
    private final Clock clock;

    ReportCompiler(AgreementReader agreements, PledgeReader pledges, ObjectProvider<ReportContributor> contributors,
                   Clock clock) {
        this.agreements = agreements;
        this.pledges = pledges;
        this.contributors = contributors;
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
        Set<Long> goalIds = new HashSet<>();
        goals.forEach(goal -> goalIds.add(goal.id()));
        Set<Long> measureIds = new HashSet<>();
        measures.forEach(measure -> measureIds.add(measure.id()));

        ReportAdditions additions = new ReportAdditions();
        ReportScope scope = new ReportScope(agreementId, year, Set.copyOf(goalIds), Set.copyOf(measureIds));
        contributors.orderedStream().forEach(contributor -> contributor.contribute(scope, additions));

        List<Area> areas = document.focusAreas().stream()
                .map(section -> area(section.focusArea(), goals, measures, additions)).toList();
        Area overarching = area(null, goals, measures, additions);
        List<PledgePart> pledgeParts = pledges.outcomesOfYear(user, agreementId, year).stream()
                .map(p -> new PledgePart(p.id(), p.title(), p.target(), p.periodStart(), p.periodEnd(), p.status(),
                        p.resultDone(), p.resultAchieved(), p.continues()))
                .toList();
        return new ReportContent(agreementId, agreement.title(), year, agreement.periodStart(),
                agreement.periodEnd(), agreement.parties().stream().map(OrganisationRef::name).toList(),
                Instant.now(clock), areas, overarching, counts(measures), pledgeParts, additions.meetings(),
                additions.situationPictures());
    }

    private static boolean ranDuring(MeasureView measure, LocalDate first, LocalDate last) {
        return (measure.startDate() == null || !measure.startDate().isAfter(last))
                && (measure.endDate() == null || !measure.endDate().isBefore(first));
    }

    private static Area area(FocusAreaView focusArea, List<GoalView> goals, List<MeasureView> measures,
                             ReportAdditions additions) {
        Long id = focusArea == null ? null : focusArea.id();
        List<GoalPart> goalParts = goals.stream().filter(goal -> java.util.Objects.equals(goal.focusAreaId(), id))
                .map(goal -> new GoalPart(goal.id(), goal.type(), goal.title(), goal.target(),
                        additions.indicatorsOf(goal.id())))
                .toList();
        List<MeasureView> areaMeasures = measures.stream()
                .filter(measure -> java.util.Objects.equals(measure.focusAreaId(), id)).toList();
        List<MeasurePart> measureParts = areaMeasures.stream()
                .map(measure -> new MeasurePart(measure.id(), measure.title(), measure.responsibleNames(),
                        measure.status(), measure.startDate(), measure.endDate(),
                        additions.lastUpdateOf(measure.id())))
                .toList();
        return focusArea == null
                ? new Area(null, null, null, goalParts, measureParts, counts(areaMeasures))
                : new Area(id, focusArea.title(), focusArea.description(), goalParts, measureParts,
                counts(areaMeasures));
    }

    /** Every status with its count, zeros included, in the order of {@link MeasureStatus}. */
    static Map<MeasureStatus, Long> counts(List<MeasureView> measures) {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, measures.stream().filter(measure -> measure.status() == status).count());
        }
        return counts;
    }
}
