package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.testsupport.IntegrationTest;

/**
 * {@link ReportRows} reads with one JSON-aggregating statement what the entities hold: for every report in the
 * database, sections, comments, approvals, presentations and history equal the entities' views, in the same order.
 */
@IntegrationTest
@Transactional
class ReportRowsTest {

    @Autowired
    ReportRows rows;

    @Autowired
    ReportRecords records;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void everyReportsRowsEqualTheEntitiesViews() {
        List<AnnualReport> reports = records.reports.findAll();
        assertThat(reports).isNotEmpty();
        int sections = 0;
        for (AnnualReport report : reports) {
            long id = report.getId();
            ReportRows.Rows read = rows.of(id);
            List<ReportSection> sectionRows = records.sections.findByReportIdOrderById(id);
            assertThat(read.sections().stream().map(ReportRows.Section::text).toList())
                    .isEqualTo(sectionRows.stream().map(ReportSection::toText).toList());
            Map<Long, SectionKey> keys = new HashMap<>();
            sectionRows.forEach(section -> keys.put(section.getId(), section.key()));
            assertThat(read.comments().stream().map(comment -> comment.view(keys.get(comment.sectionId()))).toList())
                    .isEqualTo(of(ReportComment.class, "order by e.id", id).stream()
                            .map(comment -> comment.toView(keys.get(comment.getSectionId()))).toList());
            assertThat(read.approvals()).isEqualTo(records.approvals.findByReportIdOrderById(id).stream()
                    .map(a -> new ReportRows.Approval(a.getAccountId(), a.getApprover(), a.getOrganisationId(),
                            a.getApprovedAt())).toList());
            assertThat(read.presentations()).isEqualTo(records.presentations.findByReportIdOrderByRecipient(id)
                    .stream().map(ReportPresentation::toView).toList());
            assertThat(read.events()).isEqualTo(of(ReportEvent.class, "order by e.occurredAt desc, e.id desc", id)
                    .stream().map(ReportEvent::toView).toList());
            sections += read.sections().size();
        }
        assertThat(sections).as("the demo reports have written sections to compare").isPositive();
    }

    private <T> List<T> of(Class<T> type, String order, long reportId) {
        return entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.reportId = :id "
                + order, type).setParameter("id", reportId).getResultList();
    }
}
