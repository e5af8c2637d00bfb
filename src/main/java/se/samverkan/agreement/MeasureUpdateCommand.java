package se.samverkan.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A status update on a measure; {@code percentDone} (0–100) is optional. */
public record MeasureUpdateCommand(LocalDate updatedOn, MeasureStatus status, BigDecimal percentDone,
                                   String comment) {
}
