/**
 * User accounts: who may log in, for which organisation, in which role; the admin pages that manage them
 * and the page where a user changes their own password.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"common", "organisation"})
package se.samverkan.account;
