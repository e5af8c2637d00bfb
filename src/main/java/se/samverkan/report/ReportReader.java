package se.samverkan.report;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;

/** Reads reports for the pages: one revision of a year with everything around it, and the years of an agreement. */
@Service
@Transactional(readOnly = true)
public class ReportReader {

    private final ReportAccess access;
    private final ReportCompiler compiler;
    private final ReportSnapshots snapshots;
    private final ReportRecords records;
    private final ReportRows reportRows;
    private final Clock clock;

    ReportReader(ReportAccess access, ReportCompiler compiler, ReportSnapshots snapshots, ReportRecords records,
                 ReportRows reportRows, Clock clock) {
        this.access = access;
        this.compiler = compiler;
        this.snapshots = snapshots;
        this.records = records;
        this.reportRows = reportRows;
        this.clock = clock;
    }

    /**
     * The year's report: the current revision, or {@code revision} when given (404 when there is no such one).
     * Before anyone starts it, the figures compiled so far with no texts.
     */
    public AnnualReportView view(SamverkanUser user, long agreementId, int year, Integer revision) {
        AgreementView agreement = access.readable(user, agreementId, year);
        List<AnnualReport> all = records.revisions(agreementId, year);
        List<Integer> revisions = all.stream().map(AnnualReport::getRevision).toList();
        AnnualReport report = revision == null ? ReportRecords.currentOf(all)
                : all.stream().filter(r -> r.getRevision() == revision).findFirst()
                .orElseThrow(() -> new NotFoundException("Annual report revision", revision));
        if (report == null) {
            return new AnnualReportView(agreement, year, null, 0, null, compiler.compile(user, agreementId, year),
                    List.of(), null, List.of(), agreement.parties(), List.of(), List.of(), List.of(), revisions,
                    true, new AnnualReportView.Permissions(ReportAccess.mayWrite(user), false, false, false, false,
                    false, false, false, false), null);
        }
        ReportContent content;
        List<SectionText> texts;
        ReportRows.Rows rows = reportRows.of(report.getId());
        if (report.getStatus().frozen()) {
            ReportSnapshot snapshot = snapshots.read(report.getSnapshot());
            content = snapshot.content();
            texts = snapshot.sections();
        } else {
            content = compiler.compile(user, agreementId, year);
            texts = rows.sections().stream().map(ReportRows.Section::text).toList();
        }
        Map<Long, SectionKey> keys = new HashMap<>();
        rows.sections().forEach(row -> keys.put(row.id(), row.key()));
        List<CommentView> commentViews = rows.comments().stream()
                .map(comment -> comment.view(keys.get(comment.sectionId()))).toList();
        List<ReportRows.Approval> approvalRows = rows.approvals();
        Map<Long, String> names = new HashMap<>();
        agreement.parties().forEach(party -> names.put(party.id(), party.name()));
        List<ApprovalView> approvalViews = approvalRows.stream()
                .map(a -> new ApprovalView(a.approver(), names.get(a.organisationId()), a.approvedAt()))
                .toList();
        Set<Long> approvedParties = approvalRows.stream().map(ReportRows.Approval::organisationId)
                .collect(Collectors.toSet());
        List<OrganisationRef> awaiting = agreement.parties().stream()
                .filter(party -> !approvedParties.contains(party.id())).toList();
        boolean current = report.getStatus() != ReportStatus.SUPERSEDED;
        boolean open = !report.getStatus().frozen();
        boolean approvedByUser = approvalRows.stream().anyMatch(a -> a.accountId() == user.accountId());
        var may = new AnnualReportView.Permissions(false,
                open && ReportAccess.mayWrite(user),
                open && ReportAccess.mayComment(user),
                open && ReportAccess.mayWrite(user),
                report.getStatus() == ReportStatus.DRAFT && ReportAccess.mayWrite(user),
                report.getStatus() == ReportStatus.IN_REVIEW && ReportAccess.mayApprove(user) && !approvedByUser,
                report.getStatus() == ReportStatus.APPROVED && ReportAccess.mayWrite(user),
                report.getStatus() == ReportStatus.APPROVED && ReportAccess.mayWrite(user),
                report.getStatus() == ReportStatus.APPROVED && ReportAccess.mayWrite(user));
        return new AnnualReportView(agreement, year, report.getId(), report.getRevision(), report.getStatus(),
                content, texts, report.getApprovedAt(), approvalViews, awaiting, commentViews,
                rows.presentations(), rows.events(),
                revisions, current, may, report.getPublishedAt());
    }

    /**
     * The years of the agreement's period up to this year (a report is written on a year that has begun), newest
     * first, each with its current report's status. Call only after checking that the user may read the agreement.
     */
    public List<ReportYear> years(AgreementView agreement) {
        int last = Math.min(agreement.periodEnd().getYear(), Year.now(clock).getValue());
        Map<Integer, AnnualReport> byYear = new HashMap<>();
        records.reports.findByAgreementIdOrderByReportYearAscRevisionAsc(agreement.id()).stream()
                .filter(report -> report.getStatus() != ReportStatus.SUPERSEDED)
                .forEach(report -> byYear.put(report.getReportYear(), report));
        List<ReportYear> years = new ArrayList<>();
        for (int year = last; year >= agreement.periodStart().getYear(); year--) {
            AnnualReport report = byYear.get(year);
            years.add(new ReportYear(year, report == null ? null : report.getStatus(),
                    report == null ? 0 : report.getRevision(), ReportLinks.path(agreement.id(), year)));
        }
        return years;
    }

    /** For a form that changes the report: 404 for strangers, 403 for those who only read or comment. */
    public void requireWriter(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
    }

    /** For the comment form: 404 for strangers, 403 for readers, who do not comment. */
    public void requireCommenter(SamverkanUser user, long agreementId, int year) {
        access.commentable(user, agreementId, year);
    }

    /** A section's saved text for its edit form; only for a report that is still open. */
    public SectionText section(SamverkanUser user, long agreementId, int year, SectionKey key) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireOpen();
        access.requireSection(user, agreementId, key);
        return records.section(report.getId(), key).map(ReportSection::toText)
                .orElseGet(() -> SectionText.in(List.of(), key));
    }
}
