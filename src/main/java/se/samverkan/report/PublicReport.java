package se.samverkan.report;

import java.time.Instant;
import java.util.List;

/**
 * A published report as residents read it: the frozen figures and texts exactly as the parties approved them, and
 * when it was presented to the boards. Who wrote and approved it stays inside.
 */
public record PublicReport(ReportContent content, List<SectionText> sections, Instant approvedAt,
                           List<PresentationView> presentations) implements ReportTexts {

    public String approvedAtText() {
        return SwedishTime.format(approvedAt);
    }
}
