package se.samverkan.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.samverkan.account.AccountLogin;
import se.samverkan.account.Role;

/** The signed-in user. Features read {@link #organisationId()} to show only their own organisation's work. */
public class SamverkanUser extends User {

    private final long accountId;
    private final String displayName;
    private final long organisationId;
    private final Role role;

    SamverkanUser(AccountLogin login, boolean locked) {
        super(login.email(), login.passwordHash(), login.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority("ROLE_" + login.role().name())));
        this.accountId = login.id();
        this.displayName = login.displayName();
        this.organisationId = login.organisationId();
        this.role = login.role();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    /** Same as {@link #displayName()}, for templates that read bean properties. */
    public String getDisplayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
