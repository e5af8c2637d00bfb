package se.samverkan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.IndicatorFigures;
import se.samverkan.indicator.IndicatorStatus;
import se.samverkan.indicator.Period;
import se.samverkan.pledge.PledgeStatus;

/**
 * The figures of an annual report, compiled from the data ({@link ReportCompiler}) and immutable. An approved
 * report stores this record (with its texts) as JSON, so every part must stay readable by Jackson: records of plain
 * values and enums, no entities. Indicator periods are kept as their canonical text ("2025", "2025-K2", "2025-03",
 * see {@link Period}) and a situational picture's period as its Swedish label, so a snapshot does not depend on how
 * those modules store them. Add fields only at the end of a record and keep old ones, or old snapshots stop reading.
 */
public record ReportContent(long agreementId, String agreementTitle, int year, LocalDate periodStart,
                            LocalDate periodEnd, List<String> parties, Instant compiledAt, List<Area> focusAreas,
                            Area overarching, Map<MeasureStatus, Long> measureCounts, List<PledgePart> pledges,
                            List<MeetingPart> meetings, List<SituationPicturePart> situationPictures) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    public int measureTotal() {
        return measureCounts.values().stream().mapToInt(Long::intValue).sum();
    }

    /** Focus areas and, when it has goals or measures, the overarching part, in the order the report shows them. */
    public List<Area> allAreas() {
        return overarching.nothingListed() ? focusAreas
                : Stream.concat(focusAreas.stream(), Stream.of(overarching)).toList();
    }

    public Area focusArea(long focusAreaId) {
        return focusAreas.stream().filter(area -> Objects.equals(area.id(), focusAreaId)).findFirst().orElse(null);
    }

    /** Every indicator of every goal, each once (an indicator may follow up goals in several areas). */
    public List<IndicatorPart> indicators() {
        return allAreas().stream().flatMap(area -> area.goals().stream())
                .flatMap(goal -> goal.indicators().stream()).distinct().toList();
    }

    /** A focus area, or the overarching goals and measures ({@code id} null, {@code title} null). */
    public record Area(Long id, String title, String description, List<GoalPart> goals, List<MeasurePart> measures,
                       Map<MeasureStatus, Long> measureCounts) {

        public boolean nothingListed() {
            return goals.isEmpty() && measures.isEmpty();
        }

        public boolean overarching() {
            return id == null;
        }

        /** The anchor of the area in the report page and PDF. */
        public String anchor() {
            return id == null ? "overgripande" : "fokusomrade-" + id;
        }
    }

    public record GoalPart(long id, GoalType type, String title, String target, List<IndicatorPart> indicators) {
    }

    /**
     * An indicator of a goal with its values up to the end of the year (oldest first) and its status at the end of
     * the year, as {@link IndicatorFigures} computes it: the indicator module's one rule.
     */
    public record IndicatorPart(long id, String name, String unit, Direction direction, BigDecimal baseline,
                                String baselinePeriod, BigDecimal target, String targetPeriod,
                                List<IndicatorValue> values, IndicatorStatus status) {

        public IndicatorValue latest() {
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }

        /** "40 (2021)", or a dash without a baseline. */
        public String baselineText() {
            return baseline == null ? "–" : numberText(baseline) + " (" + periodLabel(baselinePeriod) + ")";
        }

        /** "60 (2026)". */
        public String targetText() {
            return numberText(target) + " (" + periodLabel(targetPeriod) + ")";
        }

        /** "52 (kvartal 3 2025)", or a dash without values. */
        public String latestText() {
            IndicatorValue latest = latest();
            return latest == null ? "–" : latest.valueText() + " (" + latest.label() + ")";
        }

        /** The anchor of the indicator's chart in the report page and PDF. */
        public String anchor() {
            return "indikator-" + id;
        }
    }

    /** A measured value (the shown one: per 100 000 inhabitants for counted crimes) and its period ("2025-K2"). */
    public record IndicatorValue(String period, BigDecimal value) {

        /** "kvartal 2 2025". */
        public String label() {
            return periodLabel(period);
        }

        public String valueText() {
            return numberText(value);
        }
    }

    public record MeasurePart(long id, String title, String responsible, MeasureStatus status, LocalDate startDate,
                              LocalDate endDate, MeasureUpdate lastUpdate) {
    }

    /** The newest status update of a measure on or before the end of the year. */
    public record MeasureUpdate(LocalDate date, MeasureStatus status, BigDecimal percentDone, String comment,
                                String author) {

        public String percentText() {
            return percentDone == null ? null : SwedishNumbers.format(percentDone);
        }
    }

    public record PledgePart(long id, String title, String target, LocalDate periodStart, LocalDate periodEnd,
                             PledgeStatus status, String resultDone, String resultAchieved, Boolean continues) {
    }

    /** A steering-group meeting held during the year, with its decisions. */
    public record MeetingPart(LocalDate heldOn, String place, List<DecisionPart> decisions) {
    }

    /** A decision and the title of the focus area, goal or measure it concerns (null when none). */
    public record DecisionPart(String text, String subject) {
    }

    /** A situational picture of the municipality in summary: its period as Swedish text reads it, and figures. */
    public record SituationPicturePart(String period, LocalDate firstDay, String summary, int hotspotCount,
                                       int incidentCount) {
    }

    private static String numberText(BigDecimal value) {
        return value == null ? "–" : SwedishNumbers.format(value);
    }

    private static String periodLabel(String period) {
        return period == null ? "–" : Period.parse(period).label(SWEDISH);
    }
}
