package se.samverkan.account;

/** Change an account's details; {@code version} is the one the admin edited. */
public record AccountChangeCommand(String displayName, long organisationId, Role role, boolean enabled, long version) {
}
