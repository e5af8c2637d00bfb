package se.samverkan.report;

import java.util.List;

/** What an approved report freezes: its figures and its texts as they were when the last party approved. */
record ReportSnapshot(ReportContent content, List<SectionText> sections) {
}
