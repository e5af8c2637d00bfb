package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import se.samverkan.account.Role;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.common.NotFoundException;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;

/** Compiling, reviewing, approving and freezing reports through the services, on real PostgreSQL. */
@IntegrationTest
class ReportServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FocusAreaService focusAreas;

    @Autowired
    MeasureService measures;

    @Autowired
    ReportCompiler compiler;

    @Autowired
    ReportService reports;

    @Autowired
    ReportReader reader;

    TestAgreements agreements;
    ReportFixtures fixture;

    @BeforeEach
    void anAgreementWithFocusAreasAndMeasures() {
        fixture = ReportFixtures.create(context, "Rapportavtal " + System.nanoTime());
        agreements = fixture.agreements;
    }

    @Test
    void compiledFiguresEqualTheData() {
        ReportContent content = compiler.compile(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);

        assertThat(content.focusAreas()).extracting(ReportContent.Area::title)
                .containsExactly("Unga och droger", "Våld i nära relation");
        ReportContent.Area youth = content.focusArea(fixture.youthArea);
        assertThat(youth.goals()).extracting(ReportContent.GoalPart::title)
                .containsExactly("Färre unga provar narkotika", "Tolv trygghetsvandringar om året");
        assertThat(youth.goals().get(0).target()).isEqualTo("10 %");
        // The measure of 2029 did not run in 2027.
        assertThat(youth.measures()).extracting(ReportContent.MeasurePart::title)
                .containsExactly("Narkotikasök med hund på skolorna", "Föräldravandringar");
        assertThat(youth.measureCounts()).containsEntry(MeasureStatus.ONGOING, 1L).containsEntry(MeasureStatus.DONE, 1L)
                .containsEntry(MeasureStatus.PLANNED, 0L);
        assertThat(content.focusArea(fixture.violenceArea).measureCounts()).containsEntry(MeasureStatus.POSTPONED, 1L);
        assertThat(content.overarching().measures()).extracting(ReportContent.MeasurePart::title)
                .containsExactly("Gemensam lägesbild varje vecka");
        assertThat(content.measureCounts()).isEqualTo(Map.of(MeasureStatus.PLANNED, 0L, MeasureStatus.ONGOING, 2L,
                MeasureStatus.DONE, 1L, MeasureStatus.POSTPONED, 1L, MeasureStatus.CANCELLED, 0L));
        assertThat(content.measureTotal()).isEqualTo(4);
        assertThat(content.parties()).containsExactly("Sollentuna kommun", "Lokalpolisområde Sollentuna",
                "Sollentunahem");
        assertThat(content.pledges()).isEmpty();
        assertThat(content.meetings()).isEmpty();
    }

    @Test
    void approvalNeedsEveryPartyAndFreezesTheReport() {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, SectionKey.SUMMARY,
                new SectionCommand("Året gick bra för åäö.", 0));
        reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.analysis(fixture.youthArea), new SectionCommand("Hundarna hittade mindre.", 0));
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);

        assertThat(approve(fixture.municipalityMember)).isFalse();
        assertThat(approve(fixture.policeMember)).isFalse();
        assertThat(view(fixture.coordinator).status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(view(fixture.coordinator).partiesAwaitingApproval()).extracting("name")
                .containsExactly("Sollentunahem");
        assertThat(approve(fixture.housingMember)).isTrue();

        AnnualReportView approved = view(fixture.coordinator);
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.approvals()).hasSize(3);
        assertThat(approved.summary().body()).isEqualTo("Året gick bra för åäö.");
        assertThat(approved.summary().writtenBy()).isEqualTo(fixture.coordinator.displayName());
        assertThat(approved.history()).extracting(EventView::kind).contains(EventKind.APPROVED, EventKind.FROZEN,
                EventKind.SECTION_SAVED, EventKind.SUBMITTED);
    }

    @Test
    void anApprovedReportDoesNotChangeWhenTheDataChanges() {
        approvedReport();
        ReportContent before = view(fixture.coordinator).content();

        measures.update(fixture.coordinator, fixture.agreementId, fixture.ongoingMeasure,
                ReportFixtures.measure(fixture.youthArea, "Narkotikasök, nytt namn", Set.of(
                                agreements.organisationId("lpo-sollentuna")), Set.of(), LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31), MeasureStatus.CANCELLED));
        focusAreas.create(fixture.coordinator, fixture.agreementId,
                new se.samverkan.agreement.FocusAreaCommand("Nytt område", null, 0));

        AnnualReportView after = view(fixture.coordinator);
        assertThat(after.content()).isEqualTo(before);
        assertThat(after.content().focusAreas()).hasSize(2);
        assertThat(after.content().focusArea(fixture.youthArea).measures().get(0).title())
                .isEqualTo("Narkotikasök med hund på skolorna");
        assertThat(compiler.compile(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR)
                .focusAreas()).hasSize(3);
        assertThatThrownBy(() -> reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.SUMMARY, new SectionCommand("Ändrad", 1))).isInstanceOf(ReportStateException.class);
    }

    @Test
    void reopeningMakesANewRevisionAndKeepsTheApprovedOne() {
        approvedReport();
        assertThat(reports.reopen(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR)).isEqualTo(2);

        AnnualReportView current = view(fixture.coordinator);
        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(current.summary().body()).isEqualTo("Året gick bra.");
        assertThat(current.revisions()).containsExactly(1, 2);
        AnnualReportView old = reader.view(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, 1);
        assertThat(old.status()).isEqualTo(ReportStatus.SUPERSEDED);
        assertThat(old.current()).isFalse();
        assertThat(old.summary().body()).isEqualTo("Året gick bra.");
        assertThatThrownBy(() -> reader.view(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, 3))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlySteeringGroupMembersApproveAndEachOnlyOnce() {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        assertThatThrownBy(() -> approve(fixture.municipalityMember))
                .as("a draft is not yet for approval").isInstanceOf(ReportStateException.class);
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);

        assertThatThrownBy(() -> approve(fixture.coordinator)).isInstanceOf(AccessDeniedException.class);
        SamverkanUser reader = agreements.user(Role.READER, "sollentuna");
        assertThatThrownBy(() -> approve(reader)).isInstanceOf(AccessDeniedException.class);
        SamverkanUser admin = agreements.user(Role.ADMIN, "sollentuna");
        assertThatThrownBy(() -> approve(admin)).isInstanceOf(AccessDeniedException.class);
        SamverkanUser stranger = agreements.user(Role.STEERING_GROUP, "tranemo");
        assertThatThrownBy(() -> approve(stranger)).isInstanceOf(NotFoundException.class);

        approve(fixture.municipalityMember);
        assertThatThrownBy(() -> approve(fixture.municipalityMember)).isInstanceOf(ReportStateException.class)
                .hasMessage("report.state.alreadyApproved");
        // A second member of the same party may approve too, but the party still counts once.
        SamverkanUser secondMember = agreements.user(Role.STEERING_GROUP, "sollentuna");
        assertThat(approve(secondMember)).isFalse();
    }

    @Test
    void commentsAreAnsweredAndResolvedAndStayInTheHistory() {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        long id = reports.comment(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.priorities(fixture.violenceArea), "Nämn utbildningen.");
        assertThatThrownBy(() -> reports.answer(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR, id,
                "Svar")).isInstanceOf(AccessDeniedException.class);
        reports.answer(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, id, "Tillagd.");
        reports.resolve(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, id);

        AnnualReportView view = view(fixture.policeMember);
        CommentView comment = view.commentsOn(SectionKey.priorities(fixture.violenceArea)).get(0);
        assertThat(comment.body()).isEqualTo("Nämn utbildningen.");
        assertThat(comment.answer()).isEqualTo("Tillagd.");
        assertThat(comment.resolved()).isTrue();
        assertThat(view.openComments()).isZero();
        assertThat(view.history()).extracting(EventView::kind)
                .contains(EventKind.COMMENTED, EventKind.ANSWERED, EventKind.RESOLVED);
        assertThatThrownBy(() -> reports.comment(fixture.policeMember, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.analysis(999_999_999L), "Fel område")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aYearOutsideTheAgreementHasNoReport() {
        assertThatThrownBy(() -> reader.view(fixture.coordinator, fixture.agreementId, 2026, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.start(fixture.coordinator, fixture.agreementId, 2031))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTextChangedInReviewClearsTheApprovalsGivenSoFar() {
        inReviewApprovedBy(fixture.municipalityMember, fixture.policeMember);

        // Saving the same text again changes nothing the steering group read.
        assertThat(reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.SUMMARY, new SectionCommand("Året gick bra.  ", 1))).isFalse();
        assertThat(view(fixture.coordinator).approvals()).hasSize(2);

        assertThat(reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.SUMMARY, new SectionCommand("Året gick bättre än väntat.", 2))).isTrue();
        AnnualReportView changed = view(fixture.coordinator);
        assertThat(changed.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(changed.approvals()).isEmpty();
        assertThat(changed.partiesAwaitingApproval()).hasSize(3);
        assertThat(changed.history().get(0).kind()).isEqualTo(EventKind.APPROVALS_CLEARED);
        assertThat(changed.history().get(0).section()).isEqualTo(SectionKey.SUMMARY);
        assertThat(changed.may().approve()).isFalse();
        assertThat(view(fixture.municipalityMember).may().approve()).as("may approve again").isTrue();

        // Every party approves the changed text; only then is the report frozen, with that text.
        assertThat(approve(fixture.municipalityMember)).isFalse();
        assertThat(approve(fixture.policeMember)).isFalse();
        assertThat(approve(fixture.housingMember)).isTrue();
        assertThat(view(fixture.coordinator).summary().body()).isEqualTo("Året gick bättre än väntat.");
    }

    @Test
    void aTextChangedInADraftHasNoApprovalsToClear() {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        assertThat(reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR,
                SectionKey.SUMMARY, new SectionCommand("Utkast.", 0))).isFalse();
        assertThat(view(fixture.coordinator).history()).extracting(EventView::kind)
                .doesNotContain(EventKind.APPROVALS_CLEARED);
    }

    private void approvedReport() {
        inReviewApprovedBy(fixture.municipalityMember, fixture.policeMember, fixture.housingMember);
    }

    /** A report with the summary "Året gick bra.", sent for review and approved by these members. */
    private void inReviewApprovedBy(SamverkanUser... members) {
        reports.start(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        reports.saveSection(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR, SectionKey.SUMMARY,
                new SectionCommand("Året gick bra.", 0));
        reports.submit(fixture.coordinator, fixture.agreementId, ReportFixtures.YEAR);
        for (SamverkanUser member : members) {
            approve(member);
        }
    }

    private boolean approve(SamverkanUser member) {
        return reports.approve(member, fixture.agreementId, ReportFixtures.YEAR);
    }

    private AnnualReportView view(SamverkanUser user) {
        return reader.view(user, fixture.agreementId, ReportFixtures.YEAR, null);
    }
}
