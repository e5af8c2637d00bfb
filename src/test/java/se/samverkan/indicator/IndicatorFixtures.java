package se.samverkan.indicator;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestPledges;

/** Indicators for a test under Tranemo's active demo agreement, each with a name of its own. */
final class IndicatorFixtures {

    final Accounts accounts;
    final TestAgreements agreements;
    final IndicatorService indicators;
    final SamverkanUser tranemoCoordinator;
    final String tranemoEmail;
    final long agreementId;

    /** A new Tranemo coordinator, from the test's application context. */
    IndicatorFixtures(ApplicationContext context) {
        OrganisationService organisations = context.getBean(OrganisationService.class);
        this.accounts = new Accounts(context.getBean(AccountService.class), organisations);
        this.agreements = new TestAgreements(accounts, context.getBean(UserDetailsService.class),
                context.getBean(AgreementService.class), organisations);
        this.indicators = context.getBean(IndicatorService.class);
        AgreementReader reader = context.getBean(AgreementReader.class);
        this.tranemoEmail = accounts.create(Role.COORDINATOR, "tranemo");
        this.tranemoCoordinator = agreements.user(tranemoEmail);
        this.agreementId = new TestPledges(reader, null, null, null).activeAgreement(tranemoCoordinator);
    }

    MockHttpSession session(MockMvc mvc, Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    long firstGoal() {
        return indicators.goalOptions(tranemoCoordinator, agreementId).keySet().iterator().next();
    }

    static String uniqueName(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    /** A yearly indicator from the safety survey, lower is better, baseline 28 (2020), target 20 (2026). */
    long yearly(String name) {
        return yearly(name, IndicatorSource.NTU);
    }

    /** A yearly indicator of the given source, lower is better, baseline 28 (2020), target 20 (2026). */
    long yearly(String name, IndicatorSource source) {
        return indicators.create(tranemoCoordinator, agreementId, new IndicatorCommand(name, "%",
                source, Direction.LOWER_IS_BETTER, GeographicLevel.MUNICIPALITY, null, Frequency.YEAR,
                new BigDecimal("28"), Period.year(2020), new BigDecimal("20"), Period.year(2026), null,
                Set.of(firstGoal()), 0));
    }
}
