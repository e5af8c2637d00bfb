package se.samverkan.agreement;

import java.time.LocalDate;

/** A measure whose end date has passed while it is neither done nor cancelled. */
public record MeasurePastEnd(long measureId, String measureTitle, long agreementId, String agreementTitle,
                             LocalDate endDate, MeasureStatus status) {
}
