/**
 * Demo data for the {@code demo} profile: the organisations of the seed pages, one account per role, and the three
 * municipalities' agreements with focus areas, goals and measures. Refuses to run against any database that is
 * not on this machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organisation", "account", "agreement", "security"})
package se.samverkan.demo;
