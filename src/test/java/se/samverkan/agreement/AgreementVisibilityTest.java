package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.common.NotFoundException;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;

/**
 * "Who may read an agreement" is decided in three places: the page (AgreementAccess), the list (a JPA
 * Specification) and the search (SQL). For users of every kind of party and of an outside organisation, all
 * three must give the same answer.
 */
@IntegrationTest
class AgreementVisibilityTest {

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementReader reader;

    @Autowired
    MeasureService measures;

    @Autowired
    AgreementSearch search;

    @Test
    void thePageTheListAndTheSearchAgreeOnWhoSeesAnAgreement() {
        TestAgreements test = new TestAgreements(new Accounts(accountService, organisations), users, agreements,
                organisations);
        SamverkanUser author = test.user(Role.COORDINATOR, "sollentuna");
        String word = "Synlighetsprov" + System.nanoTime();
        long id = test.sollentunaDraft(author, word);
        measures.create(author, id, new MeasureCommand(null, word + " åtgärd", null, MeasureType.OTHER,
                Set.of(test.organisationId("sollentuna")), Set.of(), null, null, null, null, MeasureStatus.PLANNED, 0));

        Map<String, Boolean> expected = Map.of("sollentuna", true, "lpo-sollentuna", true, "sollentunahem", true,
                "tranemo", false, "lpo-trelleborg", false);
        expected.forEach((organisation, sees) -> {
            SamverkanUser user = test.user(Role.READER, organisation);
            boolean inList = reader.list(user, new AgreementFilter(null, null, null), Pageable.ofSize(10_000))
                    .getContent().stream().anyMatch(summary -> summary.id() == id);
            boolean inSearch = search.search(user, word, Pageable.ofSize(20)).getTotalElements() > 0;
            assertThat(inList).as("list for " + organisation).isEqualTo(sees);
            assertThat(inSearch).as("search for " + organisation).isEqualTo(sees);
            if (sees) {
                assertThat(reader.document(user, id).agreement().title()).isEqualTo(word);
            } else {
                assertThatThrownBy(() -> reader.document(user, id)).as("page for " + organisation)
                        .isInstanceOf(NotFoundException.class);
            }
        });
    }
}
