/**
 * The dashboard, where a signed-in user lands: what in the own organisation's agreements, pledges and follow-up
 * needs attention, each item linking to where it is fixed. It only reads the other modules' public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"common", "security", "account", "organisation", "agreement", "pledge", "indicator",
                "meeting", "report"})
package se.samverkan.dashboard;
