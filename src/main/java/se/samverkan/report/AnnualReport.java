package se.samverkan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One revision of an agreement's report on a year. Its texts, comments and approvals are entities of their own
 * that carry {@code reportId}. Once approved it holds the frozen snapshot (JSON of {@link ReportSnapshot}) and
 * nothing about it changes again except its presentation records.
 */
@Entity
@Table(name = "annual_report")
class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private int reportYear;
    private int revision;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    private String snapshot;

    private Instant approvedAt;
    private Instant createdAt;
    private Instant publishedAt;
    private String publishedBy;

    @Version
    private long version;

    protected AnnualReport() {
    }

    AnnualReport(long agreementId, int reportYear, int revision, Instant now) {
        this.agreementId = agreementId;
        this.reportYear = reportYear;
        this.revision = revision;
        this.status = ReportStatus.DRAFT;
        this.createdAt = now;
    }

    /** Texts, comments and review are possible only until the report is approved. */
    void requireOpen() {
        if (status.frozen()) {
            throw new ReportStateException("report.state.frozen");
        }
    }

    void submit() {
        if (status != ReportStatus.DRAFT) {
            throw new ReportStateException("report.state.notDraft");
        }
        status = ReportStatus.IN_REVIEW;
    }

    void requireInReview() {
        if (status != ReportStatus.IN_REVIEW) {
            throw new ReportStateException(status.frozen() ? "report.state.frozen" : "report.state.notInReview");
        }
    }

    void freeze(String snapshotJson, Instant now) {
        requireInReview();
        this.snapshot = snapshotJson;
        this.approvedAt = now;
        this.status = ReportStatus.APPROVED;
    }

    /** The next revision, a draft; this one stays frozen and readable. */
    AnnualReport reopen(Instant now) {
        if (status != ReportStatus.APPROVED) {
            throw new ReportStateException("report.state.reopenNeedsApproved");
        }
        status = ReportStatus.SUPERSEDED;
        unpublish();
        return new AnnualReport(agreementId, reportYear, revision + 1, now);
    }

    /** On the municipality's public page; only an approved report, and only the revision in force. */
    void publish(String by, Instant now) {
        if (status != ReportStatus.APPROVED) {
            throw new ReportStateException("report.state.publishNeedsApproved");
        }
        if (published()) {
            throw new ReportStateException("report.state.alreadyPublished");
        }
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** Withdraws it from the public page; answers whether it was there. */
    boolean unpublish() {
        boolean was = published();
        this.publishedAt = null;
        this.publishedBy = null;
        return was;
    }

    boolean published() {
        return publishedAt != null;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    void requireApproved() {
        if (status != ReportStatus.APPROVED) {
            throw new ReportStateException("report.state.presentationNeedsApproved");
        }
    }

    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    int getReportYear() {
        return reportYear;
    }

    int getRevision() {
        return revision;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getSnapshot() {
        return snapshot;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    long getVersion() {
        return version;
    }
}
