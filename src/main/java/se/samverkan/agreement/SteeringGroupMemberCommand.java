package se.samverkan.agreement;

/** {@code function} is the member's role in the group, e.g. "trygghetssamordnare". */
public record SteeringGroupMemberCommand(String name, String function, long organisationId, long version) {
}
