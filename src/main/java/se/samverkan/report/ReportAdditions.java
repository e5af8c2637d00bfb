package se.samverkan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.report.ReportContent.IndicatorPart;
import se.samverkan.report.ReportContent.MeasureUpdate;
import se.samverkan.report.ReportContent.MeetingPart;
import se.samverkan.report.ReportContent.SituationPicturePart;

/** What {@link ReportContributor}s add while a report is compiled; the compiler then builds the immutable content. */
public final class ReportAdditions {

    private final Map<Long, List<IndicatorPart>> indicators = new HashMap<>();
    private final Map<Long, MeasureUpdate> lastUpdates = new HashMap<>();
    private final List<MeetingPart> meetings = new ArrayList<>();
    private final List<SituationPicturePart> situationPictures = new ArrayList<>();

    ReportAdditions() {
    }

    public void indicator(long goalId, IndicatorPart indicator) {
        indicators.computeIfAbsent(goalId, id -> new ArrayList<>()).add(indicator);
    }

    public void lastUpdate(long measureId, MeasureUpdate update) {
        lastUpdates.put(measureId, update);
    }

    public void meeting(MeetingPart meeting) {
        meetings.add(meeting);
    }

    public void situationPicture(SituationPicturePart picture) {
        situationPictures.add(picture);
    }

    List<IndicatorPart> indicatorsOf(long goalId) {
        return List.copyOf(indicators.getOrDefault(goalId, List.of()));
    }

    MeasureUpdate lastUpdateOf(long measureId) {
        return lastUpdates.get(measureId);
    }

    List<MeetingPart> meetings() {
        return meetings.stream().sorted(Comparator.comparing(MeetingPart::heldOn)).toList();
    }

    List<SituationPicturePart> situationPictures() {
        return situationPictures.stream().sorted(Comparator.comparing(SituationPicturePart::date)).toList();
    }
}
