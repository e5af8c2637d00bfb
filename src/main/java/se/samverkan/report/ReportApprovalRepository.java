package se.samverkan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportApprovalRepository extends JpaRepository<ReportApproval, Long> {

    List<ReportApproval> findByReportIdOrderById(long reportId);

    boolean existsByReportIdAndAccountId(long reportId, long accountId);
}
