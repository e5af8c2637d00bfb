package se.samverkan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A steering-group member's approval, on behalf of their organisation. */
@Entity
@Table(name = "annual_report_approval")
class ReportApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;
    private long accountId;
    private String approver;
    private long organisationId;
    private Instant approvedAt;

    protected ReportApproval() {
    }

    ReportApproval(long reportId, long accountId, String approver, long organisationId, Instant now) {
        this.reportId = reportId;
        this.accountId = accountId;
        this.approver = approver;
        this.organisationId = organisationId;
        this.approvedAt = now;
    }

    long getAccountId() {
        return accountId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getApprover() {
        return approver;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }
}
