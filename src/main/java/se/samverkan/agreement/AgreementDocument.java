package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the agreement page shows, read in one transaction: the agreement, each focus area with its goals and
 * measures, the overarching goals and measures, signatories, steering group and attachments, and the date of each
 * measure's newest status update ({@code measureLastUpdates}, measures without one are missing).
 */
public record AgreementDocument(AgreementView agreement, List<FocusAreaSection> focusAreas,
                                List<GoalView> overarchingGoals, List<MeasureView> overarchingMeasures,
                                List<SignatoryView> signatories, List<SteeringGroupMemberView> steeringGroup,
                                List<AttachmentView> attachments, Map<Long, String> goalTitles,
                                Map<MeasureStatus, Long> measureCounts, List<OrganisationRef> partiesWithoutSignatory,
                                Map<Long, LocalDate> measureLastUpdates) {

    public int measureTotal() {
        return measureCounts.values().stream().mapToInt(Long::intValue).sum();
    }

    public boolean readyToSign() {
        return partiesWithoutSignatory.isEmpty();
    }

    public record FocusAreaSection(FocusAreaView focusArea, List<GoalView> impactGoals, List<GoalView> outputGoals,
                                   List<MeasureView> measures) {
    }
}
