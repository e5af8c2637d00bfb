package se.samverkan.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.samverkan.common.Slugs;
import se.samverkan.organisation.OrganisationCommand;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;

/**
 * A new installation has no accounts, so nobody could log in to create one. When {@code SAMVERKAN_FIRST_ADMIN_EMAIL}
 * and {@code SAMVERKAN_FIRST_ADMIN_PASSWORD} are set and the database has no account at all, this creates that
 * administrator (and its organisation, {@code SAMVERKAN_FIRST_ADMIN_ORGANISATION}, a municipality, if missing).
 * Once any account exists it does nothing, so the variables can stay set.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final OrganisationService organisations;
    private final String email;
    private final String password;
    private final String organisationName;

    FirstAdministrator(AccountRepository accounts, AccountService accountService, OrganisationService organisations,
                       @Value("${samverkan.first-admin.email:}") String email,
                       @Value("${samverkan.first-admin.password:}") String password,
                       @Value("${samverkan.first-admin.organisation:}") String organisationName) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.organisations = organisations;
        this.email = email;
        this.password = password;
        this.organisationName = organisationName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.count() > 0) {
            return;
        }
        if (password.length() < PasswordPolicy.MIN_LENGTH || PasswordPolicy.isCommon(password)) {
            throw new IllegalStateException("SAMVERKAN_FIRST_ADMIN_PASSWORD måste ha minst "
                    + PasswordPolicy.MIN_LENGTH + " tecken och får inte vara ett vanligt lösenord "
                    + "(must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters and not be a common password).");
        }
        if (organisationName.isBlank()) {
            throw new IllegalStateException("Set SAMVERKAN_FIRST_ADMIN_ORGANISATION to the name of the "
                    + "administrator's organisation, for example \"Tranemo kommun\".");
        }
        String slug = Slugs.from(organisationName);
        long organisationId = organisations.findBySlug(slug)
                .map(organisation -> organisation.id())
                .orElseGet(() -> organisations.create(
                        new OrganisationCommand(OrganisationKind.MUNICIPALITY, organisationName, slug, 0)));
        accountService.create(new NewAccountCommand(email, "Administratör", organisationId, Role.ADMIN, password));
        log.info("Created the first administrator {} in {}", Emails.normalise(email), organisationName);
    }
}
