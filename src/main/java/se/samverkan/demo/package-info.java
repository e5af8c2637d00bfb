/**
 * Demo data for the {@code demo} profile: the organisations of the seed pages and one account per role.
 * Refuses to run against any database that is not on this machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"organisation", "account"})
package se.samverkan.demo;
