package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.testsupport.IntegrationTest;

/**
 * {@link DocumentParts} reads with one JSON-aggregating statement what the entities hold: for every agreement in the
 * database, each part equals the entities' views, in the same order (decimals, dates and instants included).
 */
@IntegrationTest
@Transactional
class DocumentPartsTest {

    @Autowired
    DocumentParts parts;

    @Autowired
    AgreementRepository agreements;

    @Autowired
    SignatoryRepository signatories;

    @Autowired
    SteeringGroupMemberRepository steeringGroup;

    @Autowired
    FocusAreaRepository focusAreas;

    @Autowired
    GoalRepository goals;

    @Autowired
    MeasureRepository measures;

    @Autowired
    MeasureUpdateRepository updates;

    @Autowired
    AgreementAttachmentRepository attachments;

    @Test
    void everyAgreementsPartsEqualTheEntitiesViews() {
        Map<Long, String> names = Map.of();
        List<Agreement> all = agreements.findAll();
        assertThat(all).isNotEmpty();
        int goalsWithTarget = 0;
        for (Agreement agreement : all) {
            long id = agreement.getId();
            DocumentParts.Parts read = parts.of(id);
            assertThat(read.signatories()).isEqualTo(signatories.findByAgreementIdOrderById(id).stream()
                    .map(signatory -> signatory.toView(names)).toList());
            assertThat(read.steeringGroup()).isEqualTo(steeringGroup.findByAgreementIdOrderById(id).stream()
                    .map(member -> member.toView(names)).toList());
            assertThat(read.focusAreas()).isEqualTo(focusAreas.findByAgreementIdOrderByPositionAscIdAsc(id).stream()
                    .map(FocusArea::toView).toList());
            assertThat(read.goals()).isEqualTo(goals.findByAgreementIdOrderById(id).stream().map(Goal::toView)
                    .toList());
            assertThat(read.attachments()).isEqualTo(attachments.listByAgreementId(id));
            List<Measure> entities = measures.findByAgreementIdOrderById(id);
            assertThat(read.measures().stream().map(row -> row.toView(names)).toList())
                    .isEqualTo(entities.stream().map(measure -> measure.toView(names)).toList());
            for (int i = 0; i < entities.size(); i++) {
                LocalDate newest = updates.findFirstByMeasureIdOrderByUpdatedOnDescIdDesc(entities.get(i).getId())
                        .map(MeasureUpdate::getUpdatedOn).orElse(null);
                assertThat(read.measures().get(i).lastUpdatedOn()).isEqualTo(newest);
            }
            goalsWithTarget += (int) read.goals().stream().filter(goal -> goal.targetValue() != null).count();
        }
        assertThat(goalsWithTarget).as("the demo data has goals with a target value to compare").isPositive();
    }
}
