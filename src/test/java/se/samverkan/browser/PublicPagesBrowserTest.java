package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.CommitmentCommand;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.PledgeCommand;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.ProgressUpdateService;
import se.samverkan.pledge.SignatoryCommand;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.ServerTest;
import se.samverkan.testsupport.TestAgreements;

/**
 * A resident reads the public site in Chromium, logged out: start page, search, a pledge, the municipality, open
 * data and the accessibility statement, also on a 360 px phone. Every page is screenshotted and checked with
 * axe-core.
 */
@ExtendWith(ChromiumAvailable.class)
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPagesBrowserTest extends BrowserTestSupport {

    private static final String TITLE = "Tryggare kvällar vid Tranemo station";
    private static String pledgePath;

    @Autowired AccountService accountService;
    @Autowired OrganisationService organisationService;
    @Autowired UserDetailsService userDetailsService;
    @Autowired AgreementService agreementService;
    @Autowired AgreementReader agreementReader;
    @Autowired PledgeService pledges;
    @Autowired CommitmentService commitments;
    @Autowired PledgeSignatoryService signatories;
    @Autowired ProgressUpdateService updates;
    @Autowired PledgeReader reader;

    @BeforeEach
    void publishAPledgeOnce() {
        if (pledgePath == null) {
            pledgePath = publish();
        }
    }

    @Test
    @Order(1)
    void residentFindsAPledgeFromTheStartPage() {
        Browser b = browser();
        b.open("/");
        assertThat(b.heading()).isEqualTo("Trygghet där du bor");
        assertThat(b.title()).isEqualTo("Medborgarlöften för trygghet – Samverkan");
        b.check("60-public-start");

        b.type("q", "kvällar vid Tranemo");
        b.clickAndWait(By.cssSelector("form.public-search button[type=submit]"));
        assertThat(b.currentPath()).startsWith("/medborgarloften?");
        assertThat(b.pageText()).contains(TITLE, "Visar 1–1 av 1");
        b.check("61-public-pledges-search");

        b.clickAndWait(By.linkText(TITLE));
        assertThat(b.currentPath()).isEqualTo(pledgePath);
        assertThat(b.pageText()).contains("Situationen idag", "Det här ska vi göra", "Ansvarig: Tranemo kommun",
                "Pågår", "Det här ska vi åstadkomma tillsammans", "Följ med i hur det går", "Lampor är beställda",
                "Undertecknat av");
        b.check("63-public-pledge");

        b.open("/medborgarloften");
        assertThat(b.pageText()).contains("Visar 1–");
        b.check("62-public-pledges");
    }

    @Test
    @Order(2)
    void residentReadsTheMunicipalityOpenDataAndAccessibilityPages() {
        Browser b = browser();
        b.open("/kommuner/tranemo");
        assertThat(b.heading()).isEqualTo("Tranemo kommun");
        assertThat(b.pageText()).contains(TITLE);
        b.check("64-public-municipality");

        SamverkanUser sollentuna = new TestAgreements(new Accounts(accountService, organisationService),
                userDetailsService, agreementService, organisationService).user(Role.COORDINATOR, "sollentuna");
        long sollentunaAgreement = agreementReader.list(sollentuna, new AgreementFilter(null, null, null),
                        PageRequest.of(0, 100)).getContent().stream()
                .filter(a -> a.title().equals("Samverkansöverenskommelse Sollentuna 2023–2026"))
                .findFirst().orElseThrow().id();
        boolean demoState = agreementReader.get(sollentuna, sollentunaAgreement).publicSummary();
        agreementService.setPublic(sollentuna, sollentunaAgreement, true);
        try {
            b.open("/kommuner/sollentuna");
            assertThat(b.pageText()).contains("Samverkansöverenskommelse Sollentuna 2023–2026", "Effektmål");
            b.check("64b-public-municipality-agreement");
        } finally {
            agreementService.setPublic(sollentuna, sollentunaAgreement, demoState);
        }

        b.open("/oppna-data");
        assertThat(b.heading()).isEqualTo("Öppna data");
        b.check("65-public-open-data");

        b.clickAndWait(By.linkText("Tillgänglighet"));
        assertThat(b.heading()).isEqualTo("Tillgänglighetsredogörelse");
        b.check("66-public-accessibility");
    }

    @Test
    @Order(3)
    void pagesFitAPhone() {
        Browser b = browser();
        b.resize(360, 800);
        try {
            for (String path : new String[] {"/", "/medborgarloften", pledgePath, "/kommuner/tranemo",
                    "/oppna-data"}) {
                b.open(path);
                assertThat(b.horizontalOverflow()).as("%s scrolls sideways at 360 px", path).isZero();
            }
            b.open(pledgePath);
            b.check("67-public-pledge-360px");
            b.open("/?lang=en");
            assertThat(b.heading()).isEqualTo("Safety where you live");
            b.check("68-public-start-english-360px");
            b.open("/?lang=sv");
        } finally {
            b.resize(1280, 900);
        }
    }

    private String publish() {
        TestAgreements test = new TestAgreements(new Accounts(accountService, organisationService),
                userDetailsService, agreementService, organisationService);
        SamverkanUser coordinator = test.user(Role.COORDINATOR, "tranemo");
        long agreementId = agreementReader.list(coordinator, new AgreementFilter(null, null, null),
                        PageRequest.of(0, 100)).getContent().stream()
                .filter(a -> a.title().equals("Samverkansöverenskommelse Tranemo 2021–2026"))
                .findFirst().orElseThrow().id();
        long id = pledges.create(coordinator, agreementId, new PledgeCommand(TITLE, "Stationen och gångtunneln",
                Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "Många som pendlar känner sig otrygga vid stationen och i gångtunneln när det är mörkt.",
                "Fler ska känna sig trygga på väg till och från tåget.\n\n- färre anmälda brott\n- bättre belysning",
                "Vi skriver en lägesrapport här varje kvartal. Du kan också prenumerera på nyheterna.", 0));
        long commitmentId = commitments.add(coordinator, id, new CommitmentCommand(
                "Kommunen byter belysningen i gångtunneln.", test.organisationId("tranemo"), null, 0));
        commitments.add(coordinator, id, new CommitmentCommand("Polisen är på plats fredags- och lördagskvällar.",
                test.organisationId("lpo-tranemo"), null, 0));
        LocalDate day = LocalDate.of(2026, 1, 20);
        signatories.add(coordinator, id, new SignatoryCommand("Åsa Öberg", "Kommunstyrelsens ordförande",
                test.organisationId("tranemo"), day));
        signatories.add(coordinator, id, new SignatoryCommand("Per Holm", "Lokalpolisområdeschef",
                test.organisationId("lpo-tranemo"), day));
        pledges.publish(coordinator, id, day);
        updates.post(coordinator, id, new UpdateCommand(LocalDate.of(2026, 3, 1),
                "Lampor är beställda och sätts upp i april.", Map.of(commitmentId, CommitmentStatus.ONGOING)));
        return reader.document(coordinator, id).publicPath();
    }
}
