package se.samverkan.account;

/** What the security module needs to authenticate an account. Never shown on a page. */
public record AccountLogin(Long id, String email, String displayName, Long organisationId, Role role,
                           boolean enabled, String passwordHash) {
}
