package se.samverkan.agreement;

public record OrganisationRef(long id, String name) {
}
