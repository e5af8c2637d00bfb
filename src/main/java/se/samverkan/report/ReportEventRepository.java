package se.samverkan.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {
}
