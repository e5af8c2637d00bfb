package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * What residents may read of an agreement its parties chose to show: period, parties, purpose, focus areas and
 * their goals. Measures, people and internal notes stay inside.
 */
public record PublicAgreementSummary(String title, LocalDate periodStart, LocalDate periodEnd, List<String> parties,
                                     String purpose, List<FocusAreaGoals> focusAreas,
                                     List<GoalView> overarchingGoals) {

    public record FocusAreaGoals(String title, String description, List<GoalView> impactGoals,
                                 List<GoalView> outputGoals) {
    }
}
