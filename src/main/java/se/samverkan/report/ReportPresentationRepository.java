package se.samverkan.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportPresentationRepository extends JpaRepository<ReportPresentation, Long> {

    List<ReportPresentation> findByReportIdOrderByRecipient(long reportId);

    Optional<ReportPresentation> findByReportIdAndRecipient(long reportId, Recipient recipient);
}
