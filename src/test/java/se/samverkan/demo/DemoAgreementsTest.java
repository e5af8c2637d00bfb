package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureView;
import se.samverkan.agreement.MeetingRhythm;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.IntegrationTest;

/** The demo agreements as the app shows them after the demo profile has started. */
@IntegrationTest
class DemoAgreementsTest {

    @Autowired
    AgreementReader reader;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void trelleborgsAgreementHasEnded() {
        AgreementView agreement = reader.get(admin(), agreementOf("trelleborg", DemoAgreements.TRELLEBORG_TITLE).id());

        assertThat(agreement.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(agreement.endedOn()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(agreement.endedReason()).isEqualTo("Avtalsperioden 2019–2022 är slut.");
        AgreementDocument document = reader.document(admin(), agreement.id());
        assertThat(document.focusAreas()).hasSize(3);
        assertThat(document.signatories()).hasSize(2);
    }

    @Test
    void sollentunasAgreementIsActiveAndPublic() {
        AgreementSummary summary = agreementOf("sollentuna", DemoAgreements.SOLLENTUNA_TITLE);
        AgreementDocument document = reader.document(admin(), summary.id());

        assertThat(summary.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(summary.publicSummary()).isTrue();
        assertThat(document.focusAreas()).hasSize(4);
        assertThat(document.agreement().partners()).extracting("name").containsExactly("Sollentunahem");
        assertThat(document.agreement().situationPicture()).contains("EST");
        assertThat(document.overarchingGoals()).anySatisfy(goal -> {
            assertThat(goal.type()).isEqualTo(GoalType.IMPACT);
            assertThat(goal.title()).contains("utsatta områden");
        });
    }

    @Test
    void tranemosAgreementIsActiveWithItsSteeringGroupAndADraftSuccessor() {
        AgreementView agreement = reader.get(admin(), agreementOf("tranemo", DemoAgreements.TRANEMO_TITLE).id());
        AgreementDocument document = reader.document(admin(), agreement.id());

        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.meetingRhythm()).isEqualTo(MeetingRhythm.MONTHLY);
        assertThat(agreement.reportRecipients())
                .isEqualTo("Kommunstyrelsen i Tranemo kommun och lokalpolisområdeschefen");
        assertThat(agreement.situationPicture()).contains("uppdaterad överenskommelse");
        assertThat(document.steeringGroup()).extracting("function").containsExactly("Trygghetssamordnare",
                "Planeringschef", "Kommunpolis", "Kommunpolis", "Representant för Tranemobostäder");

        AgreementView draft = reader.get(admin(), agreement.successorId());
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.title()).isEqualTo(DemoAgreements.TRANEMO_DRAFT_TITLE);
        assertThat(draft.predecessorId()).isEqualTo(agreement.id());
        assertThat(draft.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(reader.document(admin(), draft.id()).focusAreas()).hasSameSizeAs(document.focusAreas());
    }

    @Test
    void everyFocusAreaHasBothKindsOfGoalAndMeasuresThatServeThem() {
        for (AgreementDocument document : demoDocuments()) {
            AgreementView agreement = document.agreement();
            for (AgreementDocument.FocusAreaSection section : document.focusAreas()) {
                assertThat(section.impactGoals()).as(section.focusArea().title()).isNotEmpty();
                assertThat(section.outputGoals()).as(section.focusArea().title()).isNotEmpty();
                assertThat(section.measures()).as(section.focusArea().title()).hasSizeBetween(2, 3);
            }
            List<MeasureView> allMeasures = new ArrayList<>(document.overarchingMeasures());
            document.focusAreas().forEach(section -> allMeasures.addAll(section.measures()));
            assertThat(allMeasures).allSatisfy(measure -> {
                assertThat(measure.goalIds()).as(measure.title()).isNotEmpty();
                assertThat(measure.responsibleIds()).as(measure.title()).isNotEmpty();
                assertThat(measure.contactPerson()).as(measure.title()).isNotBlank();
                assertThat(measure.startDate()).as(measure.title()).isAfterOrEqualTo(agreement.periodStart());
                assertThat(measure.endDate()).as(measure.title()).isBeforeOrEqualTo(agreement.periodEnd());
            });
        }
    }

    @Test
    void aMeasureIsASafetyWalkCalledTrygghetsvandring() {
        assertThat(demoDocuments()).flatMap(document -> document.focusAreas().stream()
                        .flatMap(section -> section.measures().stream()).map(MeasureView::title).toList())
                .anySatisfy(title -> assertThat(title).containsIgnoringCase("trygghetsvandring"));
    }

    @Test
    void theHistoryNamesTheMunicipalitysCoordinator() {
        long id = agreementOf("trelleborg", DemoAgreements.TRELLEBORG_TITLE).id();

        assertThat(reader.history(admin(), id, PageRequest.of(0, 100)).getContent())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.changedBy()).isEqualTo("Anders Nilsson"));
    }

    private List<AgreementDocument> demoDocuments() {
        return List.of(
                reader.document(admin(), agreementOf("trelleborg", DemoAgreements.TRELLEBORG_TITLE).id()),
                reader.document(admin(), agreementOf("sollentuna", DemoAgreements.SOLLENTUNA_TITLE).id()),
                reader.document(admin(), agreementOf("tranemo", DemoAgreements.TRANEMO_TITLE).id()));
    }

    private AgreementSummary agreementOf(String municipalitySlug, String title) {
        long municipalityId = organisations.findBySlug(municipalitySlug).orElseThrow().id();
        List<AgreementSummary> found = reader.list(admin(), new AgreementFilter(municipalityId, null, null),
                PageRequest.of(0, 100)).stream().filter(agreement -> agreement.title().equals(title)).toList();
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    private SamverkanUser admin() {
        return (SamverkanUser) users.loadUserByUsername(DemoData.ADMIN_EMAIL);
    }
}
