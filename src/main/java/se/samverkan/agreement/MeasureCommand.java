package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Set;

/**
 * {@code focusAreaId} null makes an overarching measure; {@code goalIds} are the goals it serves. {@code status}
 * counts when the measure is created and while the agreement is a draft; once it is in force, status updates set it
 * and a change of the measure keeps it.
 */
public record MeasureCommand(Long focusAreaId, String title, String description, MeasureType type,
                             Set<Long> responsibleIds, Set<Long> goalIds, String contactPerson, String place,
                             LocalDate startDate, LocalDate endDate, MeasureStatus status, long version) {

    MeasureCommand withStatus(MeasureStatus other) {
        return new MeasureCommand(focusAreaId, title, description, type, responsibleIds, goalIds, contactPerson,
                place, startDate, endDate, other, version);
    }
}
