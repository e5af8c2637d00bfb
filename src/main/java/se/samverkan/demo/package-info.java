/**
 * Demo data for the {@code demo} profile: the organisations of the seed pages, one account per role, the three
 * municipalities' agreements with focus areas, goals and measures, the citizen pledges made under them, their
 * follow-up (indicators with measured values, measure status updates, the steering-group meetings), Tranemo's
 * monthly situational pictures, and the annual reports (approved, in review and draft).
 * Refuses to run against any database that is not on this machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organisation", "account", "agreement", "pledge", "indicator", "meeting", "situation",
                "report", "security"})
package se.samverkan.demo;
