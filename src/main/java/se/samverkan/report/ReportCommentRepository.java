package se.samverkan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCommentRepository extends JpaRepository<ReportComment, Long> {

    List<ReportComment> findByReportIdOrderById(long reportId);
}
