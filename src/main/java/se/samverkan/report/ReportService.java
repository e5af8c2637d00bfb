package se.samverkan.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.PublicContentChanged;
import se.samverkan.security.SamverkanUser;

/**
 * Changes reports: start, write sections, send for review, comment, answer and resolve, approve (freezing the
 * report when every party has approved), reopen as a new revision, record presentations. Each change is a line in
 * the report's history. Checks access first (404 for strangers, 403 for the wrong role), then the report's state
 * (409).
 */
@Service
@Transactional
public class ReportService {

    /**
     * What changes the public site: a report shown or taken off, a presentation recorded (the public page lists
     * them), or a new revision frozen (the one in force).
     */
    private static final Set<EventKind> PUBLIC_EVENTS =
            Set.of(EventKind.PUBLISHED, EventKind.UNPUBLISHED, EventKind.PRESENTED, EventKind.FROZEN);

    private final ReportAccess access;
    private final ReportCompiler compiler;
    private final ReportSnapshots snapshots;
    private final ReportRecords records;
    private final AnnualReportRepository reports;
    private final ReportSectionRepository sections;
    private final ReportCommentRepository comments;
    private final ReportApprovalRepository approvals;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportService(ReportAccess access, ReportCompiler compiler, ReportSnapshots snapshots, ReportRecords records,
                  Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.compiler = compiler;
        this.snapshots = snapshots;
        this.records = records;
        this.reports = records.reports;
        this.sections = records.sections;
        this.comments = records.comments;
        this.approvals = records.approvals;
        this.clock = clock;
        this.events = events;
    }

    /** Starts the year's report (revision 1, a draft); 409 when it is already started. */
    public long start(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
        if (!records.revisions(agreementId, year).isEmpty()) {
            throw new ReportStateException("report.state.exists");
        }
        AnnualReport report = reports.save(new AnnualReport(agreementId, year, 1, now()));
        log(report, user, EventKind.CREATED, null);
        return report.getId();
    }

    /**
     * Saves a text. In review, a changed text clears the approvals already given, in the history as
     * {@link EventKind#APPROVALS_CLEARED}: the steering group approves what it has read. Answers whether it did.
     */
    public boolean saveSection(SamverkanUser user, long agreementId, int year, SectionKey key,
                               SectionCommand command) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireOpen();
        access.requireSection(user, agreementId, key);
        // A section nobody has written is stored empty first (version 0), so the first text saved is version 1
        // and a form opened before it was saved is recognised as stale.
        ReportSection section = records.section(report.getId(), key)
                .orElseGet(() -> sections.saveAndFlush(new ReportSection(report.getId(), key)));
        if (section.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(ReportSection.class, section.getId());
        }
        String before = section.toText().body();
        section.write(command.body(), user.displayName(), user.accountId(), now());
        sections.save(section);
        log(report, user, EventKind.SECTION_SAVED, key.path());
        if (report.getStatus() != ReportStatus.IN_REVIEW || before.equals(section.toText().body())) {
            return false;
        }
        List<ReportApproval> given = approvals.findByReportIdOrderById(report.getId());
        if (given.isEmpty()) {
            return false;
        }
        approvals.deleteAll(given);
        log(report, user, EventKind.APPROVALS_CLEARED, key.path());
        return true;
    }

    /** The draft goes to the steering group for comments and approval. */
    public void submit(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.submit();
        log(report, user, EventKind.SUBMITTED, null);
    }

    public long comment(SamverkanUser user, long agreementId, int year, SectionKey key, String text) {
        access.commentable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireOpen();
        access.requireSection(user, agreementId, key);
        ReportSection section = records.section(report.getId(), key)
                .orElseGet(() -> sections.save(new ReportSection(report.getId(), key)));
        ReportComment comment = comments.save(new ReportComment(report.getId(), section.getId(), text,
                user.displayName(), user.accountId(), now()));
        log(report, user, EventKind.COMMENTED, key.path());
        return comment.getId();
    }

    public void answer(SamverkanUser user, long agreementId, int year, long commentId, String text) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireOpen();
        ReportComment comment = commentOf(report, commentId);
        comment.answer(text, user.displayName(), now());
        log(report, user, EventKind.ANSWERED, sectionPath(comment));
    }

    public void resolve(SamverkanUser user, long agreementId, int year, long commentId) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireOpen();
        ReportComment comment = commentOf(report, commentId);
        comment.resolve();
        log(report, user, EventKind.RESOLVED, sectionPath(comment));
    }

    /**
     * A steering-group member approves for their organisation. When every party of the agreement has at least one
     * approval the report is APPROVED: its figures and texts are frozen in the snapshot. Answers whether it was.
     */
    public boolean approve(SamverkanUser user, long agreementId, int year) {
        AgreementView agreement = access.approvable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireInReview();
        if (approvals.existsByReportIdAndAccountId(report.getId(), user.accountId())) {
            throw new ReportStateException("report.state.alreadyApproved");
        }
        approvals.save(new ReportApproval(report.getId(), user.accountId(), user.displayName(),
                user.organisationId(), now()));
        log(report, user, EventKind.APPROVED, null);
        Set<Long> approved = approvals.findByReportIdOrderById(report.getId()).stream()
                .map(ReportApproval::getOrganisationId).collect(Collectors.toSet());
        if (!approved.containsAll(agreement.parties().stream().map(OrganisationRef::id).toList())) {
            return false;
        }
        ReportContent content = compiler.compile(user, agreementId, year);
        List<SectionText> texts = sections.findByReportIdOrderById(report.getId()).stream()
                .map(ReportSection::toText).toList();
        report.freeze(snapshots.write(new ReportSnapshot(content, texts)), now());
        log(report, user, EventKind.FROZEN, null);
        return true;
    }

    /** A new draft revision with the approved one's texts; the approved one stays frozen and readable. */
    public int reopen(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        boolean wasPublished = report.published();
        AnnualReport next = report.reopen(now());
        reports.saveAndFlush(report);
        reports.save(next);
        sections.findByReportIdOrderById(report.getId()).forEach(section -> sections.save(section.copyTo(next.getId())));
        if (wasPublished) {
            log(report, user, EventKind.UNPUBLISHED, null);
        }
        log(report, user, EventKind.REOPENED, null);
        log(next, user, EventKind.CREATED, null);
        return next.getRevision();
    }

    /** Shows the approved report on the municipality's public page ({@link PublicReports}). */
    public void publish(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.publish(user.displayName(), now());
        log(report, user, EventKind.PUBLISHED, null);
    }

    /** Takes the report off the public page again. */
    public void unpublish(SamverkanUser user, long agreementId, int year) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        if (!report.unpublish()) {
            throw new ReportStateException("report.state.notPublished");
        }
        log(report, user, EventKind.UNPUBLISHED, null);
    }

    /** Records (or corrects) when the approved report was presented to one recipient. */
    public void recordPresentation(SamverkanUser user, long agreementId, int year, PresentationCommand command) {
        access.writable(user, agreementId, year);
        AnnualReport report = records.currentOrNotFound(agreementId, year);
        report.requireApproved();
        ReportPresentation presentation = records.presentations.findByReportIdAndRecipient(report.getId(),
                command.recipient()).orElseGet(() -> new ReportPresentation(report.getId(), command.recipient()));
        presentation.record(command.presentedOn(), command.registrationNumber(), user.displayName(), now());
        records.presentations.save(presentation);
        log(report, user, EventKind.PRESENTED, command.recipient().name());
    }

    private ReportComment commentOf(AnnualReport report, long commentId) {
        return comments.findById(commentId).filter(comment -> comment.getReportId() == report.getId())
                .orElseThrow(() -> new NotFoundException("Report comment", commentId));
    }

    private String sectionPath(ReportComment comment) {
        return sections.findById(comment.getSectionId()).map(section -> section.key().path()).orElse(null);
    }

    private void log(AnnualReport report, SamverkanUser user, EventKind kind, String detail) {
        records.events.save(new ReportEvent(report.getId(), now(), user.displayName(), kind, detail));
        if (PUBLIC_EVENTS.contains(kind)) {
            events.publishEvent(new PublicContentChanged("annual report", report.getId()));
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
