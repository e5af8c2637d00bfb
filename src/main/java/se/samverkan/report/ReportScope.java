package se.samverkan.report;

import java.time.LocalDate;
import java.util.Set;

/** What a report covers: the agreement, the year as dates, and the ids of the goals and measures it lists. */
public record ReportScope(long agreementId, int year, Set<Long> goalIds, Set<Long> measureIds) {

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }
}
