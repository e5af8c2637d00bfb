/**
 * Annual follow-up reports (årsrapporter) of an agreement: the figures compiled from the agreement and its pledges
 * ({@link se.samverkan.report.ReportCompiler}), the texts people write, review comments, approval by every party's
 * steering-group members, the frozen snapshot of an approved report, presentation records, and the report as HTML,
 * PDF and CSV. Later follow-up modules add their parts (indicators, measure updates, meetings, situational pictures)
 * by implementing {@link se.samverkan.report.ReportContributor}; this module never depends on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual reports",
        allowedDependencies = {"common", "account", "security", "agreement", "pledge"})
package se.samverkan.report;
