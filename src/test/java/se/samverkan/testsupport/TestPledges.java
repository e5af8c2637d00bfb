package se.samverkan.testsupport;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.pledge.CommitmentCommand;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.PledgeCommand;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.SignatoryCommand;
import se.samverkan.security.SamverkanUser;

/** Makes pledges for a test through the real services, under a demo municipality's active agreement. */
public final class TestPledges {

    private final AgreementReader agreements;
    private final PledgeService pledges;
    private final CommitmentService commitments;
    private final PledgeSignatoryService signatories;

    public TestPledges(AgreementReader agreements, PledgeService pledges, CommitmentService commitments,
                       PledgeSignatoryService signatories) {
        this.agreements = agreements;
        this.pledges = pledges;
        this.commitments = commitments;
        this.signatories = signatories;
    }

    /**
     * The demo's active agreement of the user's municipality (the demo data has one for each, loaded before any
     * test, so it has the lowest id of those other tests may have signed since).
     */
    public long activeAgreement(SamverkanUser user) {
        return agreements.list(user, new AgreementFilter(null, AgreementStatus.ACTIVE, null), PageRequest.of(0, 100))
                .stream().map(AgreementSummary::id).min(Long::compare)
                .orElseThrow(() -> new AssertionError("No active agreement visible to " + user.getUsername()));
    }

    /** A draft with only its heading, place and period. */
    public long draft(SamverkanUser author, long agreementId, String title) {
        return pledges.create(author, agreementId, new PledgeCommand(title, "Centrum", Set.of(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, 0));
    }

    /** A draft with everything publication needs: texts, one commitment, a signatory for each main party. */
    public long complete(SamverkanUser author, long agreementId, String title) {
        long id = pledges.create(author, agreementId, new PledgeCommand(title, "Centrum", Set.of(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Många känner sig otrygga i centrum.",
                "Fler ska känna sig trygga.", "Vi berättar varje månad hur det går.", 0));
        var agreement = agreements.get(author, agreementId);
        commitments.add(author, id, new CommitmentCommand("Trygghetsvandringar varje månad",
                agreement.municipality().id(), null, 0));
        signatories.add(author, id, new SignatoryCommand("Eva Test", "Kommunstyrelsens ordförande",
                agreement.municipality().id(), LocalDate.of(2026, 1, 10)));
        signatories.add(author, id, new SignatoryCommand("Per Test", "Lokalpolisområdeschef",
                agreement.policeArea().id(), LocalDate.of(2026, 1, 10)));
        return id;
    }

    /** A complete pledge, published. */
    public long published(SamverkanUser author, long agreementId, String title) {
        long id = complete(author, agreementId, title);
        pledges.publish(author, id, LocalDate.of(2026, 1, 15));
        return id;
    }

    /** A complete pledge for a year from {@code start}, published on {@code publishedOn}. */
    public long published(SamverkanUser author, long agreementId, String title, LocalDate start,
                          LocalDate publishedOn) {
        long id = pledges.create(author, agreementId, new PledgeCommand(title, "Centrum", Set.of(), start,
                start.plusYears(1).minusDays(1), "Många känner sig otrygga i centrum.", "Fler ska känna sig trygga.",
                "Vi berättar varje månad hur det går.", 0));
        var agreement = agreements.get(author, agreementId);
        commitments.add(author, id, new CommitmentCommand("Trygghetsvandringar varje månad",
                agreement.municipality().id(), null, 0));
        signatories.add(author, id, new SignatoryCommand("Eva Test", "Kommunstyrelsens ordförande",
                agreement.municipality().id(), start));
        signatories.add(author, id, new SignatoryCommand("Per Test", "Lokalpolisområdeschef",
                agreement.policeArea().id(), start));
        pledges.publish(author, id, publishedOn);
        return id;
    }
}
