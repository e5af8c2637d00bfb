package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an agreement's history. Never changed once written. */
@Entity
@Table(name = "agreement_change")
class AgreementChange {

    enum Action { CREATED, CHANGED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private Instant changedAt;
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private AgreementPart part;

    private String partLabel;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String field;
    private String oldValue;
    private String newValue;

    protected AgreementChange() {
    }

    AgreementChange(long agreementId, Instant changedAt, String changedBy, AgreementPart part, String partLabel,
                    Action action, String field, String oldValue, String newValue) {
        this.agreementId = agreementId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.part = part;
        this.partLabel = partLabel.length() > 300 ? partLabel.substring(0, 299) + "…" : partLabel;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(changedAt, changedBy, part, partLabel, action.name(), field, oldValue, newValue);
    }
}
