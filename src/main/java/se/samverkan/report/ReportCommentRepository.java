package se.samverkan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCommentRepository extends JpaRepository<ReportComment, Long> {
}
