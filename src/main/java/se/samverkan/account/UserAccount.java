package se.samverkan.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** An account refers to its organisation by id: organisations are another module's entities. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled;

    @Column(nullable = false)
    private String passwordHash;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, long organisationId, Role role, String passwordHash) {
        this.email = Emails.normalise(email);
        this.enabled = true;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        change(displayName, organisationId, role, true);
    }

    void change(String displayName, long organisationId, Role role, boolean enabled) {
        this.displayName = displayName.strip();
        this.organisationId = organisationId;
        this.role = Objects.requireNonNull(role);
        this.enabled = enabled;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    AccountView toView(String organisationName) {
        return new AccountView(id, email, displayName, organisationId, organisationName, role, enabled, version);
    }

    AccountLogin toLogin() {
        return new AccountLogin(id, email, displayName, organisationId, role, enabled, passwordHash);
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    long getVersion() {
        return version;
    }
}
