package se.samverkan.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByAgreementIdOrderByReportYearAscRevisionAsc(long agreementId);

    /** Published reports (approved, the revision in force) of the agreements, newest year first. */
    List<AnnualReport> findByAgreementIdInAndStatusAndPublishedAtNotNullOrderByReportYearDescAgreementIdAsc(
            Collection<Long> agreementIds, ReportStatus status);

    List<AnnualReport> findByAgreementIdAndReportYearOrderByRevisionAsc(long agreementId, int reportYear);

    Optional<AnnualReport> findByAgreementIdAndReportYearAndRevision(long agreementId, int reportYear, int revision);

    List<AnnualReport> findByAgreementIdInAndReportYearAndStatusNot(Collection<Long> agreementIds, int reportYear,
                                                                    ReportStatus status);
}
