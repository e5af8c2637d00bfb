/**
 * Demo data for the {@code demo} profile: the organisations of the seed pages, one account per role, the three
 * municipalities' agreements with focus areas, goals and measures, the citizen pledges made under them and their indicators with measured values.
 * Refuses to run against any database that is not on this machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organisation", "account", "agreement", "pledge", "indicator", "security"})
package se.samverkan.demo;
