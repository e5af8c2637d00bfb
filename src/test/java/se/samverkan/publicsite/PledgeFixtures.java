package se.samverkan.publicsite;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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
import se.samverkan.pledge.ResultCommand;
import se.samverkan.pledge.SignatoryCommand;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.TestAgreements;

/**
 * Pledges of Tranemo under the demo's active agreement, made through the real services as a coordinator created
 * for the test: drafts, and published ones with a commitment, both signatories and optionally updates and result.
 */
final class PledgeFixtures {

    static final String TRANEMO_AGREEMENT = "Samverkansöverenskommelse Tranemo 2021–2026";

    final SamverkanUser coordinator;
    private final TestAgreements test;
    private final long agreementId;
    private final PledgeService pledges;
    private final CommitmentService commitments;
    private final PledgeSignatoryService signatories;
    private final ProgressUpdateService updates;
    private final PledgeReader reader;

    record Made(long id, long commitmentId, String path) {
    }

    PledgeFixtures(AccountService accounts, OrganisationService organisations, UserDetailsService users,
                   AgreementService agreements, AgreementReader agreementReader, PledgeService pledges,
                   CommitmentService commitments, PledgeSignatoryService signatories, ProgressUpdateService updates,
                   PledgeReader reader) {
        this.test = new TestAgreements(new Accounts(accounts, organisations), users, agreements, organisations);
        this.coordinator = test.user(Role.COORDINATOR, "tranemo");
        this.agreementId = agreementReader.list(coordinator, new AgreementFilter(null, null, null), PageRequest.of(0, 100))
                .getContent().stream().filter(a -> a.title().equals(TRANEMO_AGREEMENT)).findFirst().orElseThrow().id();
        this.pledges = pledges;
        this.commitments = commitments;
        this.signatories = signatories;
        this.updates = updates;
        this.reader = reader;
    }

    static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime(), 36);
    }

    Made draft(String title) {
        return draft(title, "Stationsområdet i Tranemo", "Många känner sig otrygga vid stationen på kvällarna.",
                "Kommunen sätter upp ny belysning.", "Fler ska känna sig trygga.", "Vi berättar här varje kvartal.");
    }

    Made draft(String title, String target, String situation, String commitment, String achievement,
               String followUp) {
        return draft(title, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), target, situation, commitment,
                achievement, followUp);
    }

    /** A half-year pledge, whose extension (the second half) still lies in the active agreement. */
    Made firstHalfOf2026(String title) {
        return draft(title, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Stationsområdet i Tranemo",
                "Många känner sig otrygga vid stationen.", "Kommunen sätter upp ny belysning.",
                "Fler ska känna sig trygga.", "Vi berättar här varje kvartal.");
    }

    private Made draft(String title, LocalDate start, LocalDate end, String target, String situation,
                       String commitment, String achievement, String followUp) {
        long id = pledges.create(coordinator, agreementId, new PledgeCommand(title, target, Set.of(),
                start, end, situation, achievement, followUp, 0));
        long commitmentId = commitments.add(coordinator, id,
                new CommitmentCommand(commitment, test.organisationId("tranemo"), null, 0));
        return new Made(id, commitmentId, reader.document(coordinator, id).publicPath());
    }

    Made published(String title) {
        return publish(draft(title));
    }

    Made publish(Made draft) {
        LocalDate day = LocalDate.of(2026, 1, 15);
        signatories.add(coordinator, draft.id(), new SignatoryCommand("Åsa Öberg", "Kommunstyrelsens ordförande",
                test.organisationId("tranemo"), day));
        signatories.add(coordinator, draft.id(), new SignatoryCommand("Per Holm", "Lokalpolisområdeschef",
                test.organisationId("lpo-tranemo"), day));
        pledges.publish(coordinator, draft.id(), day);
        return draft;
    }

    /** The next period's draft, copied from a published pledge. */
    Made extend(Made pledge) {
        long next = pledges.extend(coordinator, pledge.id());
        return new Made(next, -1, reader.document(coordinator, next).publicPath());
    }

    long update(Made pledge, String body, CommitmentStatus status) {
        return updates.post(coordinator, pledge.id(), new UpdateCommand(LocalDate.of(2026, 2, 1), body,
                Map.of(pledge.commitmentId(), status)));
    }

    void result(Made pledge, String done, String achieved) {
        pledges.writeResult(coordinator, pledge.id(), new ResultCommand(done, achieved, true,
                LocalDate.of(2026, 2, 2), reader.document(coordinator, pledge.id()).version()));
    }
}
