package se.samverkan.account;

public record NewAccountCommand(String email, String displayName, long organisationId, Role role, String password) {
}
