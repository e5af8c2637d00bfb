package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Set;

public record MeasureView(long id, Long focusAreaId, String title, String description, MeasureType type,
                          Set<Long> responsibleIds, String responsibleNames, Set<Long> goalIds,
                          String contactPerson, String place, LocalDate startDate, LocalDate endDate,
                          MeasureStatus status, long version) {
}
