package se.samverkan.demo;

import java.util.List;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationKind;

/** The demo organisations (from the seed pages) and accounts. People's names are invented. */
final class DemoData {

    record DemoOrganisation(String slug, String name, OrganisationKind kind) {
    }

    record DemoAccount(String email, String displayName, String organisationSlug, Role role) {
    }

    /** The demo administrator, who sees every organisation's agreements. */
    static final String ADMIN_EMAIL = "admin@samverkan.example";

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("tranemo", "Tranemo kommun", OrganisationKind.MUNICIPALITY),
            new DemoOrganisation("trelleborg", "Trelleborgs kommun", OrganisationKind.MUNICIPALITY),
            new DemoOrganisation("sollentuna", "Sollentuna kommun", OrganisationKind.MUNICIPALITY),
            new DemoOrganisation("lpo-tranemo", "Lokalpolisområde Tranemo", OrganisationKind.POLICE_AREA),
            new DemoOrganisation("lpo-trelleborg", "Lokalpolisområde Trelleborg", OrganisationKind.POLICE_AREA),
            new DemoOrganisation("lpo-sollentuna", "Lokalpolisområde Sollentuna", OrganisationKind.POLICE_AREA),
            new DemoOrganisation("tranemobostader", "Tranemobostäder", OrganisationKind.PARTNER),
            new DemoOrganisation("sollentunahem", "Sollentunahem", OrganisationKind.PARTNER));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(ADMIN_EMAIL, "Ingrid Holm", "tranemo", Role.ADMIN),
            new DemoAccount("samordnare@tranemo.example", "Maria Lindqvist", "tranemo", Role.COORDINATOR),
            new DemoAccount("kommunpolis@tranemo.example", "Johan Berg", "lpo-tranemo", Role.COORDINATOR),
            new DemoAccount("styrgrupp@tranemo.example", "Karin Sjöberg", "tranemo", Role.STEERING_GROUP),
            new DemoAccount("samordnare@trelleborg.example", "Anders Nilsson", "trelleborg", Role.COORDINATOR),
            new DemoAccount("samordnare@sollentuna.example", "Sara Ekström", "sollentuna", Role.COORDINATOR),
            // Steering-group members of each party approve the annual reports (DemoReports).
            new DemoAccount(DemoReports.TRELLEBORG_MEMBER, "Lars Mattsson", "trelleborg", Role.STEERING_GROUP),
            new DemoAccount(DemoReports.TRELLEBORG_POLICE_MEMBER, "Nina Ek", "lpo-trelleborg",
                    Role.STEERING_GROUP),
            new DemoAccount(DemoReports.SOLLENTUNA_MEMBER, "Oskar Lund", "sollentuna", Role.STEERING_GROUP),
            new DemoAccount(DemoReports.SOLLENTUNA_POLICE_MEMBER, "Fatima Haddad", "lpo-sollentuna",
                    Role.STEERING_GROUP),
            new DemoAccount(DemoReports.SOLLENTUNAHEM_MEMBER, "Elias Wikström", "sollentunahem",
                    Role.STEERING_GROUP));

    private DemoData() {
    }
}
