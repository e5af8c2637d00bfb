package se.samverkan.pledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person who signed the pledge for one of its parties. */
@Entity
@Table(name = "pledge_signatory")
class PledgeSignatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pledgeId;
    private String name;
    private String title;
    private long organisationId;
    private LocalDate signedOn;

    @Version
    private long version;

    protected PledgeSignatory() {
    }

    PledgeSignatory(long pledgeId, SignatoryCommand command) {
        this.pledgeId = pledgeId;
        this.name = command.name().strip();
        this.title = command.title().strip();
        this.organisationId = command.organisationId();
        this.signedOn = command.signedOn();
    }

    Long getId() {
        return id;
    }

    long getPledgeId() {
        return pledgeId;
    }

    String getName() {
        return name;
    }

    String getTitle() {
        return title;
    }

    long getOrganisationId() {
        return organisationId;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }
}
