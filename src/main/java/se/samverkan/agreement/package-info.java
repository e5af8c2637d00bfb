/**
 * Cooperation agreements (samverkansöverenskommelser): parties and period, focus areas, goals, measures,
 * signatories and steering group, their status from draft to replaced, the change history, attachments and
 * search. Every read and write goes through {@link se.samverkan.agreement.AgreementAccess}, which hides other
 * organisations' agreements behind 404.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements",
        allowedDependencies = {"common", "organisation", "account", "security"})
package se.samverkan.agreement;
