package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.PublicReports;
import se.samverkan.report.PublishedReport;
import se.samverkan.report.ReportReader;
import se.samverkan.report.ReportStatus;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.IntegrationTest;

/** The demo annual reports are there in the state the demo promises. */
@IntegrationTest
class DemoReportsTest {

    @Autowired
    DemoAgreementLoader agreements;

    @Autowired
    ReportReader reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    PublicReports publicReports;

    @Autowired
    OrganisationService organisations;

    @Test
    void trelleborgsReportsOf2021And2022AreApprovedAndFrozen() {
        for (int year : new int[] {2021, 2022}) {
            AnnualReportView report = report("trelleborg", DemoAgreements.TRELLEBORG_TITLE, year,
                    "samordnare@trelleborg.example");
            assertThat(report.status()).as("Trelleborg " + year).isEqualTo(ReportStatus.APPROVED);
            assertThat(report.frozen()).isTrue();
            assertThat(report.approvals()).hasSize(2);
            assertThat(report.content().focusAreas()).hasSize(3);
            assertThat(report.summary().body()).isNotBlank();
        }
    }

    @Test
    void trelleborgsReportOf2022IsOnItsPublicPage() {
        long municipality = organisations.findBySlug("trelleborg").orElseThrow().id();
        assertThat(publicReports.ofMunicipality(municipality)).extracting(PublishedReport::year).contains(2022)
                .doesNotContain(2021);
    }

    @Test
    void sollentunasReportOf2025IsInReviewWithComments() {
        AnnualReportView report = report("sollentuna", DemoAgreements.SOLLENTUNA_TITLE, 2025,
                "samordnare@sollentuna.example");
        assertThat(report.status()).isIn(ReportStatus.IN_REVIEW);
        assertThat(report.comments()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.comments()).anySatisfy(comment -> assertThat(comment.answer()).isNotNull());
    }

    @Test
    void tranemosReportOf2025IsADraft() {
        AnnualReportView report = report("tranemo", DemoAgreements.TRANEMO_TITLE, 2025,
                "samordnare@tranemo.example");
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    private AnnualReportView report(String municipality, String title, int year, String email) {
        long id = agreements.agreementId(municipality, title);
        return reports.view((SamverkanUser) users.loadUserByUsername(email), id, year, null);
    }
}
