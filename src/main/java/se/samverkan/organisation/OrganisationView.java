package se.samverkan.organisation;

/** What other modules and pages know of an organisation. */
public record OrganisationView(Long id, OrganisationKind kind, String name, String slug, long version) {
}
