package se.samverkan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.IntegrationTest;

/** Runs inside a rolled-back transaction, with the accounts deleted, to look like a new installation. */
@IntegrationTest
@Transactional
class FirstAdministratorTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    /** Every table that refers to an account goes too; PostgreSQL rolls a truncate back with the transaction. */
    private void noAccounts() {
        jdbc.sql("truncate user_account cascade").update();
    }

    private FirstAdministrator bootstrap(String email, String password, String organisation) {
        return new FirstAdministrator(accounts, accountService, organisations, email, password, organisation);
    }

    @Test
    void anEmptyInstallationGetsItsFirstAdministratorAndOrganisation() {
        noAccounts();
        bootstrap("Chef@Ovanaker.example", "en lång fras som inte gissas", "Ovanåkers kommun")
                .run(new DefaultApplicationArguments());
        AccountView admin = accountService.getByEmail("chef@ovanaker.example");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.organisationName()).isEqualTo("Ovanåkers kommun");
        assertThat(organisations.findBySlug("ovanakers-kommun")).isPresent();
    }

    @Test
    void anInstallationWithAccountsIsLeftAlone() {
        long before = accounts.count();
        bootstrap("ytterligare@test.example", "en lång fras som inte gissas", "Tranemo kommun")
                .run(new DefaultApplicationArguments());
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aWeakPasswordStopsStartup() {
        noAccounts();
        assertThatThrownBy(() -> bootstrap("chef@test.example", "kort", "Tranemo kommun")
                .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12");
    }

    @Test
    void aCommonPasswordStopsStartupWithAMessageInSwedish() {
        noAccounts();
        assertThatThrownBy(() -> bootstrap("chef@test.example", "Password2026!", "Tranemo kommun")
                .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("får inte vara ett vanligt lösenord");
    }
}
