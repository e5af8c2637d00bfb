package se.samverkan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSectionRepository extends JpaRepository<ReportSection, Long> {

    List<ReportSection> findByReportIdOrderById(long reportId);

    Optional<ReportSection> findByReportIdAndKindAndFocusAreaId(long reportId, SectionKind kind, Long focusAreaId);

    Optional<ReportSection> findByReportIdAndKindAndFocusAreaIdIsNull(long reportId, SectionKind kind);
}
