/**
 * The parties of the cooperation: municipalities, police areas and partners such as housing companies.
 * Other modules refer to an organisation by id and read it through {@link se.samverkan.organisation.OrganisationService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations", allowedDependencies = "common")
package se.samverkan.organisation;
