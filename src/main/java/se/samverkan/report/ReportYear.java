package se.samverkan.report;

/** A year of an agreement with the status of its current report (null when not started), for the agreement page. */
public record ReportYear(int year, ReportStatus status, int revision, String path) {
}
