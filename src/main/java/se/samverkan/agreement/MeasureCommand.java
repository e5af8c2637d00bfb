package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Set;

/** {@code focusAreaId} null makes an overarching measure; {@code goalIds} are the goals it serves. */
public record MeasureCommand(Long focusAreaId, String title, String description, MeasureType type,
                             Set<Long> responsibleIds, Set<Long> goalIds, String contactPerson, String place,
                             LocalDate startDate, LocalDate endDate, MeasureStatus status, long version) {
}
