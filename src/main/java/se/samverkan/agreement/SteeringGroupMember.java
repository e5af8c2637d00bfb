package se.samverkan.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
@Table(name = "steering_group_member")
class SteeringGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private String name;

    @Column(name = "function")
    private String role;

    private long organisationId;

    @Version
    private long version;

    protected SteeringGroupMember() {
    }

    SteeringGroupMember(long agreementId, SteeringGroupMemberCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(SteeringGroupMemberCommand command) {
        this.name = command.name().strip();
        this.role = command.function().strip();
        this.organisationId = command.organisationId();
    }

    SteeringGroupMember copyTo(long otherAgreementId) {
        return new SteeringGroupMember(otherAgreementId, new SteeringGroupMemberCommand(name, role, organisationId, 0));
    }

    Map<String, String> auditFields(Map<Long, String> organisationNames) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("function", role);
        fields.put("organisation", organisationNames.get(organisationId));
        return fields;
    }

    SteeringGroupMemberView toView(Map<Long, String> organisationNames) {
        return new SteeringGroupMemberView(id, name, role, organisationId, organisationNames.get(organisationId),
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
