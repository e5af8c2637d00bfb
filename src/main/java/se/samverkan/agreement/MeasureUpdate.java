package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A status update on a measure: on which day, the status it gave, how far the work has come, and what happened.
 * Never changed once written, so the measure's follow-up can be read back as it was reported.
 */
@Entity
@Table(name = "measure_update")
class MeasureUpdate {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long measureId;
    private long agreementId;
    private LocalDate updatedOn;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status;

    private BigDecimal percentDone;
    private String comment;
    private String author;
    private Instant createdAt;

    protected MeasureUpdate() {
    }

    MeasureUpdate(Measure measure, MeasureUpdateCommand command, String author, Instant now) {
        if (command.percentDone() != null
                && (command.percentDone().signum() < 0 || command.percentDone().compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("Percentage outside 0–100");
        }
        this.measureId = measure.getId();
        this.agreementId = measure.getAgreementId();
        this.updatedOn = command.updatedOn();
        this.status = command.status();
        this.percentDone = command.percentDone();
        this.comment = command.comment().strip();
        this.author = author;
        this.createdAt = now;
    }

    MeasureUpdateView toView() {
        return new MeasureUpdateView(id, updatedOn, status, percentDone, comment, author, createdAt);
    }

    Long getId() {
        return id;
    }

    long getMeasureId() {
        return measureId;
    }

    LocalDate getUpdatedOn() {
        return updatedOn;
    }

    MeasureStatus getStatus() {
        return status;
    }
}
