package se.samverkan.pledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One commitment of a pledge ("Det här ska vi göra"), with its responsible party and current status. */
@Entity
@Table(name = "pledge_commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pledgeId;
    private int position;
    private String description;
    private long responsibleId;
    private Long measureId;

    @Enumerated(EnumType.STRING)
    private CommitmentStatus status = CommitmentStatus.PLANNED;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(long pledgeId, int position, CommitmentCommand command) {
        this.pledgeId = pledgeId;
        this.position = position;
        change(command);
    }

    void change(CommitmentCommand command) {
        this.description = command.description().strip();
        this.responsibleId = command.responsibleId();
        this.measureId = command.measureId();
    }

    void report(CommitmentStatus newStatus) {
        this.status = newStatus;
    }

    Commitment copyTo(long otherPledgeId) {
        Commitment copy = new Commitment();
        copy.pledgeId = otherPledgeId;
        copy.position = position;
        copy.description = description;
        copy.responsibleId = responsibleId;
        copy.measureId = measureId;
        return copy;
    }

    Long getId() {
        return id;
    }

    long getPledgeId() {
        return pledgeId;
    }

    int getPosition() {
        return position;
    }

    String getDescription() {
        return description;
    }

    long getResponsibleId() {
        return responsibleId;
    }

    Long getMeasureId() {
        return measureId;
    }

    CommitmentStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }
}
