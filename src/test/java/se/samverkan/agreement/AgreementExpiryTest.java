package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;

@IntegrationTest
class AgreementExpiryTest {

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    SignatoryService signatories;

    @Autowired
    AgreementReader reader;

    @Autowired
    AgreementExpiry expiry;

    @Test
    void anActiveAgreementWhosePeriodIsOverIsEndedWithAReasonInTheHistory() {
        TestAgreements test = new TestAgreements(new Accounts(accountService, organisations), users, agreements,
                organisations);
        SamverkanUser coordinator = test.user(Role.COORDINATOR, "tranemo");
        AgreementCommand past = new AgreementCommand("Tranemo 2015–2018", test.organisationId("tranemo"),
                test.organisationId("lpo-tranemo"), Set.of(), LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31),
                null, null, null, 0);
        long id = agreements.create(coordinator, past);
        for (String party : Set.of("tranemo", "lpo-tranemo")) {
            signatories.create(coordinator, id, new SignatoryCommand("Namn", "Titel", test.organisationId(party),
                    LocalDate.of(2015, 1, 1), 0));
        }
        agreements.sign(coordinator, id);

        assertThat(expiry.endExpired()).isGreaterThanOrEqualTo(1);

        AgreementView ended = reader.get(coordinator, id);
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(ended.endedReason()).isEqualTo(AgreementExpiry.REASON);
        assertThat(reader.history(coordinator, id, Pageable.ofSize(5)).getContent().get(0).changedBy())
                .isEqualTo(AgreementExpiry.SYSTEM);
        assertThat(expiry.endExpired()).isZero();
    }
}
