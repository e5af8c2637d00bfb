/**
 * Annual follow-up reports (årsrapporter) of an agreement: the figures compiled from the agreement and its pledges
 * ({@link se.samverkan.report.ReportCompiler}), the texts people write, review comments, approval by every party's
 * steering-group members, the frozen snapshot of an approved report, presentation records, and the report as HTML,
 * PDF and CSV. The follow-up modules' parts (indicators, measure updates, meetings, situational pictures) are read
 * through their public readers; none of them depends on this module. {@link se.samverkan.report.PublicReports} is
 * the public site's only way in: published approved reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual reports",
        allowedDependencies = {"common", "organisation", "account", "security", "agreement", "pledge", "indicator", "meeting",
                "situation"})
package se.samverkan.report;
