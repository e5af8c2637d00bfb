package se.samverkan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtDescIdDesc(long reportId);
}
