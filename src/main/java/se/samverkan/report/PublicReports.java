package se.samverkan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.PublicAgreements;

/**
 * The only way the public site reads annual reports: approved reports (the revision in force) that a coordinator
 * published, from their frozen snapshot. A draft, a report in review, a superseded revision or a withdrawn one is
 * never returned, so no public page can show it.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {

    private final PublicAgreements agreements;
    private final AnnualReportRepository reports;
    private final ReportPresentationRepository presentations;
    private final ReportSnapshots snapshots;

    PublicReports(PublicAgreements agreements, ReportRecords records, ReportSnapshots snapshots) {
        this.agreements = agreements;
        this.reports = records.reports;
        this.presentations = records.presentations;
        this.snapshots = snapshots;
    }

    /** The municipality's published reports, the newest year first. Two queries and one snapshot read each. */
    public List<PublishedReport> ofMunicipality(long municipalityId) {
        return published(municipalityId).stream()
                .map(report -> new PublishedReport(report.getAgreementId(),
                        snapshots.read(report.getSnapshot()).content().agreementTitle(), report.getReportYear(),
                        report.getApprovedAt()))
                .toList();
    }

    /** One published report of the municipality; empty for anything else (the page answers 404). */
    public Optional<PublicReport> get(long municipalityId, long agreementId, int year) {
        return published(municipalityId).stream()
                .filter(report -> report.getAgreementId() == agreementId && report.getReportYear() == year)
                .findFirst()
                .map(report -> {
                    ReportSnapshot snapshot = snapshots.read(report.getSnapshot());
                    return new PublicReport(snapshot.content(), snapshot.sections(), report.getApprovedAt(),
                            presentations.findByReportIdOrderByRecipient(report.getId()).stream()
                                    .map(ReportPresentation::toView).toList());
                });
    }

    private List<AnnualReport> published(long municipalityId) {
        List<Long> agreementIds = agreements.idsOf(municipalityId);
        return agreementIds.isEmpty() ? List.of()
                : reports.findByAgreementIdInAndStatusAndPublishedAtNotNullOrderByReportYearDescAgreementIdAsc(
                        agreementIds, ReportStatus.APPROVED);
    }
}
