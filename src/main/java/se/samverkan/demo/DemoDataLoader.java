package se.samverkan.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.samverkan.account.AccountService;
import se.samverkan.account.NewAccountCommand;
import se.samverkan.organisation.OrganisationCommand;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** Adds what is missing of the demo data; running it again changes nothing. */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganisationService organisations;
    private final AccountService accounts;
    private final DemoAgreementLoader agreements;
    private final DemoSituationLoader situations;
    private final DemoFollowUpLoader followUp;
    private final DemoReportLoader reports;
    private final Environment environment;
    private final String demoPassword;

    DemoDataLoader(OrganisationService organisations, AccountService accounts, DemoAgreementLoader agreements,
                   DemoSituationLoader situations, DemoFollowUpLoader followUp, DemoReportLoader reports,
                   Environment environment, @Value("${samverkan.demo.password}") String demoPassword) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.agreements = agreements;
        this.situations = situations;
        this.followUp = followUp;
        this.reports = reports;
        this.environment = environment;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoData.DemoOrganisation organisation : DemoData.ORGANISATIONS) {
            if (organisations.findBySlug(organisation.slug()).isEmpty()) {
                organisations.create(new OrganisationCommand(organisation.kind(), organisation.name(),
                        organisation.slug(), 0));
            }
        }
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            if (!accounts.exists(account.email())) {
                long organisationId = organisations.findBySlug(account.organisationSlug()).orElseThrow().id();
                accounts.create(new NewAccountCommand(account.email(), account.displayName(), organisationId,
                        account.role(), demoPassword));
            }
        }
        // The agreements are written by the demo accounts, so they come after them.
        agreements.load();
        followUp.load();
        // The situational pictures are cited by the agreements' focus areas and pledges.
        situations.load(organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::slug, OrganisationView::id)));
        // The reports compile everything above, so they come last.
        reports.load();
        printLogins();
    }

    private void printLogins() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String password = environment.getProperty("SAMVERKAN_DEMO_PASSWORD") == null
                ? demoPassword : "(the value of SAMVERKAN_DEMO_PASSWORD)";
        StringBuilder text = new StringBuilder("\n\n  Samverkan is running at http://localhost:" + port
                + "/\n  Demo logins, all with password " + password + ":\n");
        DemoData.ACCOUNTS.forEach(account -> text.append(String.format("    %-32s %s%n",
                account.email(), account.role())));
        log.info(text.toString());
    }
}
