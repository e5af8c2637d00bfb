package se.samverkan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.common.NotFoundException;

/** The report's repositories together, and the look-ups that reading and changing a report share. */
@Component
class ReportRecords {

    final AnnualReportRepository reports;
    final ReportSectionRepository sections;
    final ReportCommentRepository comments;
    final ReportApprovalRepository approvals;
    final ReportPresentationRepository presentations;
    final ReportEventRepository events;

    ReportRecords(AnnualReportRepository reports, ReportSectionRepository sections, ReportCommentRepository comments,
                  ReportApprovalRepository approvals, ReportPresentationRepository presentations,
                  ReportEventRepository events) {
        this.reports = reports;
        this.sections = sections;
        this.comments = comments;
        this.approvals = approvals;
        this.presentations = presentations;
        this.events = events;
    }

    List<AnnualReport> revisions(long agreementId, int year) {
        return reports.findByAgreementIdAndReportYearOrderByRevisionAsc(agreementId, year);
    }

    /** The revision being worked on or in force (null before the year's report is started). */
    static AnnualReport currentOf(List<AnnualReport> revisions) {
        return revisions.stream().filter(r -> r.getStatus() != ReportStatus.SUPERSEDED).reduce((a, b) -> b)
                .orElse(null);
    }

    AnnualReport currentOrNotFound(long agreementId, int year) {
        AnnualReport report = currentOf(revisions(agreementId, year));
        if (report == null) {
            throw new NotFoundException("Annual report " + year + " of agreement", agreementId);
        }
        return report;
    }

    Optional<ReportSection> section(long reportId, SectionKey key) {
        return key.focusAreaId() == null
                ? sections.findByReportIdAndKindAndFocusAreaIdIsNull(reportId, key.kind())
                : sections.findByReportIdAndKindAndFocusAreaId(reportId, key.kind(), key.focusAreaId());
    }
}
