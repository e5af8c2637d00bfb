package se.samverkan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samverkan.agreement.GoalType;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.pledge.PledgeStatus;

/**
 * The figures of an annual report, compiled from the data ({@link ReportCompiler}) and immutable. An approved
 * report stores this record (with its texts) as JSON, so every part must stay readable by Jackson: records of plain
 * values and enums, no entities. Add fields only at the end of a record and keep old ones, or old snapshots stop
 * reading.
 *
 * <p>Parts that other modules own are optional and filled by {@link ReportContributor}s, which those modules
 * implement as beans: {@link GoalPart#indicators() indicators per goal}, {@link MeasurePart#lastUpdate() a measure's
 * last update}, {@link #meetings() steering-group meetings} and {@link #situationPictures() situational pictures}.
 * While no module contributes them they are empty (or null) and the pages leave them out.
 */
public record ReportContent(long agreementId, String agreementTitle, int year, LocalDate periodStart,
                            LocalDate periodEnd, List<String> parties, Instant compiledAt, List<Area> focusAreas,
                            Area overarching, Map<MeasureStatus, Long> measureCounts, List<PledgePart> pledges,
                            List<MeetingPart> meetings, List<SituationPicturePart> situationPictures) {

    public int measureTotal() {
        return measureCounts.values().stream().mapToInt(Long::intValue).sum();
    }

    /** Focus areas and, when it has goals or measures, the overarching part, in the order the report shows them. */
    public List<Area> allAreas() {
        return overarching.nothingListed() ? focusAreas
                : java.util.stream.Stream.concat(focusAreas.stream(), java.util.stream.Stream.of(overarching))
                .toList();
    }

    public Area focusArea(long focusAreaId) {
        return focusAreas.stream().filter(area -> Objects.equals(area.id(), focusAreaId)).findFirst().orElse(null);
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
     * An indicator of a goal with its values up to the end of the year. {@code status} is decided by the indicator
     * module that contributes it; {@link IndicatorStatus#of} is the rule it may use.
     */
    public record IndicatorPart(String name, String unit, BigDecimal baseline, BigDecimal target,
                                IndicatorDirection direction, List<IndicatorValue> values, IndicatorStatus status) {

        public IndicatorValue latest() {
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }

        public String baselineText() {
            return numberText(baseline);
        }

        public String targetText() {
            return numberText(target);
        }

        /** "52 (2025-10-01)", or a dash without values. */
        public String latestText() {
            IndicatorValue latest = latest();
            return latest == null ? "–" : numberText(latest.value()) + " (" + latest.measuredOn() + ")";
        }

        private static String numberText(BigDecimal value) {
            return value == null ? "–" : SwedishNumbers.format(value);
        }
    }

    public record IndicatorValue(LocalDate measuredOn, BigDecimal value) {
    }

    public record MeasurePart(long id, String title, String responsible, MeasureStatus status, LocalDate startDate,
                              LocalDate endDate, MeasureUpdate lastUpdate) {
    }

    /** The newest follow-up of a measure in or before the year (contributed by the follow-up module). */
    public record MeasureUpdate(LocalDate date, String text, String author) {
    }

    public record PledgePart(long id, String title, String target, LocalDate periodStart, LocalDate periodEnd,
                             PledgeStatus status, String resultDone, String resultAchieved, Boolean continues) {
    }

    public record MeetingPart(LocalDate heldOn, String title, List<String> decisions) {
    }

    public record SituationPicturePart(LocalDate date, String title, String summary) {
    }
}
