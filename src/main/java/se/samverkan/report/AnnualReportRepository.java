package se.samverkan.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    List<AnnualReport> findByAgreementIdOrderByReportYearAscRevisionAsc(long agreementId);

    List<AnnualReport> findByAgreementIdAndReportYearOrderByRevisionAsc(long agreementId, int reportYear);

    Optional<AnnualReport> findByAgreementIdAndReportYearAndRevision(long agreementId, int reportYear, int revision);

    List<AnnualReport> findByAgreementIdInAndReportYearAndStatusNot(Collection<Long> agreementIds, int reportYear,
                                                                    ReportStatus status);
}
