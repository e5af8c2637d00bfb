package se.samverkan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.samverkan.common.TextInput;

/** When an approved report was presented to one recipient, under which registration number. */
@Entity
@Table(name = "annual_report_presentation")
class ReportPresentation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    @Enumerated(EnumType.STRING)
    private Recipient recipient;

    private LocalDate presentedOn;
    private String registrationNumber;
    private String recordedBy;
    private Instant recordedAt;

    @Version
    private long version;

    protected ReportPresentation() {
    }

    ReportPresentation(long reportId, Recipient recipient) {
        this.reportId = reportId;
        this.recipient = recipient;
    }

    void record(LocalDate on, String registrationNumber, String by, Instant now) {
        this.presentedOn = on;
        this.registrationNumber = TextInput.strippedOrNull(registrationNumber);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    PresentationView toView() {
        return new PresentationView(recipient, presentedOn, registrationNumber, recordedBy);
    }

    Recipient getRecipient() {
        return recipient;
    }
}
