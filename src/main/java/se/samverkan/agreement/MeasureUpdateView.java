package se.samverkan.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.common.SwedishNumbers;

/** A recorded status update on a measure; {@code author} is who entered it. */
public record MeasureUpdateView(long id, LocalDate updatedOn, MeasureStatus status, BigDecimal percentDone,
                                String comment, String author, Instant createdAt) {

    /** The percentage as Swedish text writes it ("37,5"), or null. */
    public String percentText() {
        return SwedishNumbers.format(percentDone);
    }
}
