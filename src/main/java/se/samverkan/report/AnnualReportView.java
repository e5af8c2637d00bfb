package se.samverkan.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.OrganisationRef;

/**
 * One revision of a report as its pages show it. {@code reportId} is null while nobody has started the year's
 * report: the page then shows the figures compiled so far. A frozen report's {@code content} and {@code sections}
 * come from its snapshot, a live one's from the data. {@code revisions} lists every revision of the year.
 * {@code publishedAt} is set while the approved report is on the municipality's public page.
 */
public record AnnualReportView(AgreementView agreement, int year, Long reportId, int revision, ReportStatus status,
                               ReportContent content, List<SectionText> sections, Instant approvedAt,
                               List<ApprovalView> approvals, List<OrganisationRef> partiesAwaitingApproval,
                               List<CommentView> comments, List<PresentationView> presentations,
                               List<EventView> history, List<Integer> revisions, boolean current,
                               Permissions may, Instant publishedAt) implements ReportTexts {

    /** What the signed-in user may do with this revision now. */
    public record Permissions(boolean start, boolean write, boolean comment, boolean answer, boolean submit,
                              boolean approve, boolean reopen, boolean present, boolean publish) {
    }

    /** On the municipality's public page. */
    public boolean published() {
        return publishedAt != null;
    }

    public String publishedAtText() {
        return SwedishTime.format(publishedAt);
    }

    public boolean started() {
        return reportId != null;
    }

    public boolean frozen() {
        return status != null && status.frozen();
    }

    public SectionKey summaryKey() {
        return SectionKey.SUMMARY;
    }

    public SectionKey analysisKey(long focusAreaId) {
        return SectionKey.analysis(focusAreaId);
    }

    public SectionKey prioritiesKey(long focusAreaId) {
        return SectionKey.priorities(focusAreaId);
    }

    public Recipient[] recipients() {
        return Recipient.values();
    }

    public List<CommentView> commentsOn(SectionKey key) {
        return comments.stream().filter(comment -> comment.section().equals(key)).toList();
    }

    public long openComments() {
        return comments.stream().filter(comment -> !comment.resolved()).count();
    }

    /** The title of the focus area a section belongs to (null for the summary). */
    public String areaTitle(SectionKey key) {
        if (key.focusAreaId() == null) {
            return null;
        }
        ReportContent.Area area = content.focusArea(key.focusAreaId());
        return area == null ? null : area.title();
    }

    public PresentationView presentation(Recipient recipient) {
        return presentations.stream().filter(p -> Objects.equals(p.recipient(), recipient)).findFirst()
                .orElse(null);
    }

    /** {@code /overenskommelser/1/arsrapporter/2025}: where this year's report lives. */
    public String path() {
        return ReportLinks.path(agreement.id(), year);
    }

    public String approvedAtText() {
        return SwedishTime.format(approvedAt);
    }
}
