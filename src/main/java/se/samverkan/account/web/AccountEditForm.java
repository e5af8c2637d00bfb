package se.samverkan.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverkan.account.AccountChangeCommand;
import se.samverkan.account.AccountView;
import se.samverkan.account.Role;

class AccountEditForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotNull
    private Long organisationId;

    @NotNull
    private Role role;

    private boolean enabled;

    private long version;

    static AccountEditForm of(AccountView account) {
        AccountEditForm form = new AccountEditForm();
        form.displayName = account.displayName();
        form.organisationId = account.organisationId();
        form.role = account.role();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    AccountChangeCommand toCommand() {
        return new AccountChangeCommand(displayName, organisationId, role, enabled, version);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
