package se.samverkan.testsupport;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;

/** Makes agreements for a test through the real services, acting as accounts made for that test. */
public final class TestAgreements {

    private final Accounts accounts;
    private final UserDetailsService users;
    private final AgreementService agreements;
    private final OrganisationService organisations;

    public TestAgreements(Accounts accounts, UserDetailsService users, AgreementService agreements,
                          OrganisationService organisations) {
        this.accounts = accounts;
        this.users = users;
        this.agreements = agreements;
        this.organisations = organisations;
    }

    /** A new account with the role in the organisation, as the signed-in user the services expect. */
    public SamverkanUser user(Role role, String organisationSlug) {
        return (SamverkanUser) users.loadUserByUsername(accounts.create(role, organisationSlug));
    }

    public SamverkanUser user(String email) {
        return (SamverkanUser) users.loadUserByUsername(email);
    }

    public long organisationId(String slug) {
        return organisations.findBySlug(slug).orElseThrow().id();
    }

    /** A draft 2027–2030 of Sollentuna kommun and its police area, with Sollentunahem as partner. */
    public long sollentunaDraft(SamverkanUser author, String title) {
        return agreements.create(author, command(title, "sollentuna", "lpo-sollentuna", Set.of("sollentunahem")));
    }

    public AgreementCommand command(String title, String municipality, String policeArea, Set<String> partners) {
        return new AgreementCommand(title, organisationId(municipality), organisationId(policeArea),
                partners.stream().map(this::organisationId).collect(java.util.stream.Collectors.toSet()),
                LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), "KS 2026/1", "Syfte", null, 0);
    }
}
