package se.samverkan.organisation;

/** Create or change an organisation. {@code version} is the one the user edited (ignored on create). */
public record OrganisationCommand(OrganisationKind kind, String name, String slug, long version) {
}
