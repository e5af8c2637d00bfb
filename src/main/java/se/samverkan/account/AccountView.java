package se.samverkan.account;

public record AccountView(Long id, String email, String displayName, Long organisationId, String organisationName,
                          Role role, boolean enabled, long version) {
}
