package se.samverkan.agreement;

public record SteeringGroupMemberView(long id, String name, String function, long organisationId,
                                      String organisationName, long version) {
}
