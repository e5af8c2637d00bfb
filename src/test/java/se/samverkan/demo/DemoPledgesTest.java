package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.CommitmentView;
import se.samverkan.pledge.PledgeDocument;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeStatus;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.pledge.PublicPledges;
import se.samverkan.pledge.UpdateView;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.IntegrationTest;

/** The demo citizen pledges as staff and residents see them after the demo profile has started. */
@IntegrationTest
class DemoPledgesTest {

    /** Officials (and the photographer) named in the seed pages; the demo invents its people. */
    private static final List<String> REAL_NAMES = List.of("Gardell", "Pettersson", "Björnqvist", "Rubin",
            "Ingvarsson", "Sven G", "Erica P", "Lars Gunnar", "Mikael R", "Niclas");

    private static final List<String> PLEDGE_TABLES = List.of("pledge", "pledge_partner", "pledge_commitment",
            "pledge_signatory", "pledge_update", "pledge_update_status");

    @Autowired
    PledgeReader reader;

    @Autowired
    PublicPledges publicPledges;

    @Autowired
    AgreementReader agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoPledgeLoader pledgeLoader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theFourPledgesHaveTheirStatuses() {
        assertThat(pledgeOf("tranemo", DemoPledges.SOLGARDEN_TITLE).status()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(pledgeOf("tranemo", DemoPledges.TRANEMO_2026_TITLE).status()).isEqualTo(PledgeStatus.PUBLISHED);
        assertThat(pledgeOf("trelleborg", DemoPledges.TRELLEBORG_TITLE).status()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(pledgeOf("sollentuna", DemoPledges.SOLLENTUNA_TITLE).status()).isEqualTo(PledgeStatus.PUBLISHED);
    }

    @Test
    void solgardenIsTheTwoYearPledgeOfPoliceMunicipalityAndTranemobostader() {
        PledgeDocument solgarden = document("tranemo", DemoPledges.SOLGARDEN_TITLE);

        assertThat(solgarden.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(solgarden.periodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(solgarden.agreementTitle()).isEqualTo(DemoAgreements.TRANEMO_TITLE);
        assertThat(solgarden.parties()).extracting(OrganisationRef::name)
                .containsExactly("Tranemo kommun", "Lokalpolisområde Tranemo", "Tranemobostäder");
        assertThat(solgarden.publishedOn()).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));
        assertThat(solgarden.commitments()).extracting(CommitmentView::description)
                .anySatisfy(text -> assertThat(text).contains("grannsamverkan"))
                .anySatisfy(text -> assertThat(text).contains("narkotika med hund"))
                .anySatisfy(text -> assertThat(text).contains("lokal"));
        assertThat(solgarden.updates()).hasSizeBetween(3, 5);
        assertThat(solgarden.result().writtenOn()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
    }

    @Test
    void completedPledgesHaveAResultAndEveryCommitmentDone() {
        for (PledgeDocument pledge : List.of(document("tranemo", DemoPledges.SOLGARDEN_TITLE),
                document("trelleborg", DemoPledges.TRELLEBORG_TITLE))) {
            assertThat(pledge.result()).as(pledge.title()).isNotNull();
            assertThat(pledge.result().done()).as(pledge.title()).isNotBlank();
            assertThat(pledge.result().achievedHtml()).as(pledge.title()).contains("<p>");
            assertThat(pledge.result().writtenOn()).as(pledge.title())
                    .isAfterOrEqualTo(pledge.updates().get(0).publishedOn());
            assertThat(pledge.commitments()).as(pledge.title()).extracting(CommitmentView::status)
                    .containsOnly(CommitmentStatus.DONE);
        }
    }

    @Test
    void runningPledgesHaveNoResultYet() {
        assertThat(document("tranemo", DemoPledges.TRANEMO_2026_TITLE).result()).isNull();
        assertThat(document("sollentuna", DemoPledges.SOLLENTUNA_TITLE).result()).isNull();
    }

    @Test
    void everyPledgeIsSignedForEachPartyAndHasDatedUpdatesUpToToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (PledgeDocument pledge : demoDocuments()) {
            assertThat(pledge.unsignedParties()).as(pledge.title()).isEmpty();
            assertThat(pledge.signatories()).as(pledge.title())
                    .allSatisfy(signatory -> assertThat(signatory.signedOn()).isBeforeOrEqualTo(pledge.publishedOn()));
            assertThat(pledge.updates()).as(pledge.title()).isNotEmpty().allSatisfy(update -> {
                assertThat(update.publishedOn()).isAfterOrEqualTo(pledge.publishedOn()).isBeforeOrEqualTo(today);
                assertThat(update.bodyHtml()).isNotBlank();
                assertThat(update.author()).isNotBlank();
            });
            assertThat(pledge.commitments()).as(pledge.title()).allSatisfy(commitment ->
                    assertThat(pledge.parties()).contains(commitment.responsible()));
            assertThat(pledge.commitments()).as(pledge.title())
                    .anySatisfy(commitment -> assertThat(commitment.measureTitle()).isNotBlank());
        }
    }

    @Test
    void tranemosOneYearPledgeReportsDuring2026() {
        PledgeDocument pledge = document("tranemo", DemoPledges.TRANEMO_2026_TITLE);

        assertThat(pledge.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(pledge.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(pledge.partners()).isEmpty();
        assertThat(pledge.updates()).hasSizeBetween(3, 4).extracting(UpdateView::publishedOn)
                .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(2026));
        assertThat(pledge.commitments()).extracting(CommitmentView::description)
                .anySatisfy(text -> assertThat(text).contains("EST"))
                .anySatisfy(text -> assertThat(text).contains("HotSpots"))
                .anySatisfy(text -> assertThat(text).contains("värdegrundsarbete"));
    }

    @Test
    void trelleborgsPledgeWasPublishedWhileItsAgreementWasActive() {
        PledgeDocument pledge = document("trelleborg", DemoPledges.TRELLEBORG_TITLE);
        AgreementSummary agreement = agreementOf("trelleborg", DemoAgreements.TRELLEBORG_TITLE);

        assertThat(agreement.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(pledge.agreementId()).isEqualTo(agreement.id());
        assertThat(pledge.publishedOn()).isBetween(agreement.periodStart(), agreement.periodEnd());
    }

    @Test
    void sollentunasPledgeIsSharedWithSollentunahem() {
        PledgeDocument pledge = document("sollentuna", DemoPledges.SOLLENTUNA_TITLE);

        assertThat(pledge.partners()).extracting(OrganisationRef::name).containsExactly("Sollentunahem");
        assertThat(pledge.updates()).hasSizeBetween(1, 2);
    }

    @Test
    void residentsSeeThePledgesInTheListsAndTheOpenData() {
        long tranemo = organisations.findBySlug("tranemo").orElseThrow().id();

        assertThat(publicPledges.ofMunicipality(tranemo))
                .filteredOn(pledge -> pledge.title().equals(DemoPledges.SOLGARDEN_TITLE))
                .singleElement().satisfies(pledge -> assertThat(pledge.slug()).isEqualTo("tryggare-solgarden-2021"));
        assertThat(publicPledges.ofMunicipality(tranemo)).extracting(PledgeSummary::title)
                .contains(DemoPledges.TRANEMO_2026_TITLE);
        assertThat(publicPledges.openData("http://localhost"))
                .filteredOn(pledge -> pledge.title().equals(DemoPledges.SOLGARDEN_TITLE))
                .singleElement().satisfies(pledge -> {
                    assertThat(pledge.result()).isNotNull();
                    assertThat(pledge.updates()).isNotEmpty();
                    assertThat(pledge.signatories()).hasSize(3);
                });
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        Map<String, Long> before = counts();
        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("pledge")).as("demo pledges").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPledgeOfAnAgreementThatHasEndedIsSkipped() {
        long agreementId = agreementOf("trelleborg", DemoAgreements.TRELLEBORG_TITLE).id();
        DemoPledge late = renamed(DemoPledges.trelleborg().get(0), "Ett löfte som kom för sent");
        Map<String, Long> before = counts();

        pledgeLoader.loadMissing(agreementId, "samordnare@trelleborg.example", List.of(late), organisationIds());

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMissingPledgeOfAnActiveAgreementIsAddedOnItsOwn() {
        long agreementId = agreementOf("sollentuna", DemoAgreements.SOLLENTUNA_TITLE).id();
        DemoPledge original = DemoPledges.sollentuna().get(0);
        Map<String, Long> before = counts();
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);

        // The loader's transaction joins this one, which is rolled back so that the shared database stays as it was.
        rolledBack.executeWithoutResult(status -> {
            pledgeLoader.loadMissing(agreementId, "samordnare@sollentuna.example",
                    List.of(original, renamed(original, "Ett löfte som saknades")), organisationIds());
            assertThat(counts().get("pledge")).isEqualTo(before.get("pledge") + 1);
            assertThat(counts().get("pledge_update")).isEqualTo(before.get("pledge_update")
                    + original.updates().size());
            status.setRollbackOnly();
        });

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void noOfficialNamedInTheSeedPagesAppearsInTheDemoData() {
        // Whole rows as text, except for accounts, whose password hashes are random letters.
        List<String> sources = List.of("pledge t", "pledge_commitment t", "pledge_signatory t", "pledge_update t",
                "agreement t", "focus_area t", "goal t", "measure t", "signatory t", "steering_group_member t",
                "(select display_name, email from user_account) t");
        for (String source : sources) {
            String text = jdbc.sql("select coalesce(string_agg(t::text, ' '), '') from " + source)
                    .query(String.class).single().toLowerCase(Locale.ROOT);
            assertThat(text).as(source).isNotBlank();
            assertThat(REAL_NAMES).as(source)
                    .allSatisfy(name -> assertThat(text).doesNotContain(name.toLowerCase(Locale.ROOT)));
        }
    }

    private static DemoPledge renamed(DemoPledge original, String title) {
        return new DemoPledge(title, original.target(), original.partners(), original.periodStart(),
                original.periodEnd(), original.situation(), original.achievement(), original.followUp(),
                original.commitments(), original.signing(), original.publishedOn(), original.updates(),
                original.result());
    }

    private Map<String, Long> organisationIds() {
        return organisations.all().stream().collect(Collectors.toMap(OrganisationView::slug, OrganisationView::id));
    }

    private List<PledgeDocument> demoDocuments() {
        return List.of(document("tranemo", DemoPledges.SOLGARDEN_TITLE),
                document("tranemo", DemoPledges.TRANEMO_2026_TITLE),
                document("trelleborg", DemoPledges.TRELLEBORG_TITLE),
                document("sollentuna", DemoPledges.SOLLENTUNA_TITLE));
    }

    private PledgeDocument document(String municipalitySlug, String title) {
        return reader.document(admin(), pledgeOf(municipalitySlug, title).id());
    }

    private PledgeSummary pledgeOf(String municipalitySlug, String title) {
        long municipalityId = organisations.findBySlug(municipalitySlug).orElseThrow().id();
        List<PledgeSummary> found = reader.list(admin(), new PledgeFilter(municipalityId, null, null, null), null,
                PageRequest.of(0, 100)).stream().filter(pledge -> pledge.title().equals(title)).toList();
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    private AgreementSummary agreementOf(String municipalitySlug, String title) {
        long municipalityId = organisations.findBySlug(municipalitySlug).orElseThrow().id();
        List<AgreementSummary> found = agreements.list(admin(), new AgreementFilter(municipalityId, null, null),
                PageRequest.of(0, 100)).stream().filter(agreement -> agreement.title().equals(title)).toList();
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        PLEDGE_TABLES.forEach(table -> counts.put(table,
                jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }

    private SamverkanUser admin() {
        return (SamverkanUser) users.loadUserByUsername(DemoData.ADMIN_EMAIL);
    }
}
