package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person who signed the agreement for one of its parties. */
@Entity
@Table(name = "signatory")
class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private String name;
    private String title;
    private long organisationId;
    private LocalDate signedOn;

    @Version
    private long version;

    protected Signatory() {
    }

    Signatory(long agreementId, SignatoryCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(SignatoryCommand command) {
        this.name = command.name().strip();
        this.title = command.title().strip();
        this.organisationId = command.organisationId();
        this.signedOn = command.signedOn();
    }

    Map<String, String> auditFields(Map<Long, String> organisationNames) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("personTitle", title);
        fields.put("organisation", organisationNames.get(organisationId));
        fields.put("signedOn", signedOn.toString());
        return fields;
    }

    SignatoryView toView(Map<Long, String> organisationNames) {
        return new SignatoryView(id, name, title, organisationId, organisationNames.get(organisationId), signedOn,
                version);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getVersion() {
        return version;
    }
}
