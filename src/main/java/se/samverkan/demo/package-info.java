/**
 * Demo data for the {@code demo} profile: the organisations of the seed pages, one account per role, the three
 * municipalities' agreements with focus areas, goals and measures, and the citizen pledges made under them,
 * and their follow-up: measure status updates and the steering-group meetings.
 * Refuses to run against any database that is not on this machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organisation", "account", "agreement", "pledge", "meeting", "security"})
package se.samverkan.demo;
