package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.agreement.SteeringGroupMemberCommand;
import se.samverkan.agreement.SteeringGroupMemberView;

/** A member of the steering group: name, function and organisation. */
public class SteeringGroupMemberForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String function;

    @NotNull
    private Long organisationId;

    private long version;

    static SteeringGroupMemberForm of(SteeringGroupMemberView member) {
        SteeringGroupMemberForm form = new SteeringGroupMemberForm();
        form.name = member.name();
        form.function = member.function();
        form.organisationId = member.organisationId();
        form.version = member.version();
        return form;
    }

    SteeringGroupMemberCommand toCommand() {
        return new SteeringGroupMemberCommand(name, function, organisationId, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
