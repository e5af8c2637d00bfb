package se.samverkan.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.common.FieldRejectedException;

/** The status rules of a pledge, without a database. */
class PledgeTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Pledge draft() {
        return new Pledge(1, 10, 20, command(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Set.of(30L)),
                "tryggare-centrum-2026", NOW);
    }

    private static PledgeCommand command(LocalDate start, LocalDate end, Set<Long> partners) {
        return new PledgeCommand("Tryggare centrum", "Centrum", partners, start, end, "Läget", "Målet", "Så följer vi upp",
                0);
    }

    private static ResultCommand result(LocalDate on) {
        return new ResultCommand("Gjort", "Gav", true, on, 0);
    }

    @Test
    void aDraftIsPublishedOnceAndThenCompletedByItsResult() {
        Pledge pledge = draft();
        pledge.publish(LocalDate.of(2026, 2, 1), NOW);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.PUBLISHED);
        assertThat(pledge.getPublishedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> pledge.publish(LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOf(PledgeStateException.class);

        pledge.writeResult(result(LocalDate.of(2026, 12, 20)), NOW);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(pledge.getResultWrittenOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThatThrownBy(() -> pledge.change(command(pledge.getPeriodStart(), pledge.getPeriodEnd(), Set.of(30L)),
                NOW)).isInstanceOf(PledgeStateException.class);
    }

    @Test
    void aDraftHasNoResultAndCannotBeExtended() {
        Pledge pledge = draft();
        assertThatThrownBy(() -> pledge.writeResult(result(LocalDate.of(2026, 12, 20)), NOW))
                .isInstanceOf(PledgeStateException.class);
        assertThatThrownBy(() -> pledge.extend(1, Set.of(), "x-2027", NOW)).isInstanceOf(PledgeStateException.class);
    }

    @Test
    void aResultCannotPredateThePublication() {
        Pledge pledge = draft();
        pledge.publish(LocalDate.of(2026, 2, 1), NOW);
        assertThatThrownBy(() -> pledge.writeResult(result(LocalDate.of(2026, 1, 31)), NOW))
                .isInstanceOf(FieldRejectedException.class);
    }

    @Test
    void publishedPartiesAndPeriodAreFixedButTextsCanBeCorrected() {
        Pledge pledge = draft();
        pledge.publish(LocalDate.of(2026, 2, 1), NOW);
        assertThatThrownBy(() -> pledge.change(command(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31),
                Set.of(30L)), NOW)).isInstanceOf(FieldRejectedException.class);
        assertThatThrownBy(() -> pledge.change(command(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Set.of()), NOW)).isInstanceOf(FieldRejectedException.class);

        pledge.change(new PledgeCommand("Tryggare centrum i Tranemo", "Centrum", Set.of(30L),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Rättad text", "Målet", "Uppföljning", 0), NOW);
        assertThat(pledge.getTitle()).isEqualTo("Tryggare centrum i Tranemo");
        assertThat(pledge.getSituation()).isEqualTo("Rättad text");
    }

    @Test
    void aPublishedPledgeKeepsItsAddressWhenTheTitleChanges() {
        Pledge pledge = draft();
        pledge.readdress("nytt-namn-2026");
        assertThat(pledge.getSlug()).isEqualTo("nytt-namn-2026");
        pledge.publish(LocalDate.of(2026, 2, 1), NOW);
        pledge.readdress("annat-namn-2026");
        assertThat(pledge.getSlug()).isEqualTo("nytt-namn-2026");
    }

    @Test
    void extendingCopiesPartiesAndTextsIntoTheFollowingPeriodOfTheSameLength() {
        Pledge pledge = new Pledge(1, 10, 20, command(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31),
                Set.of(30L)), "solgarden-2021", NOW);
        pledge.publish(LocalDate.of(2021, 1, 20), NOW);
        Pledge next = pledge.extend(2, Set.of(30L, 40L), "solgarden-2023", NOW);
        assertThat(next.getStatus()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(next.getAgreementId()).isEqualTo(2);
        assertThat(next.getPeriodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(next.getPeriodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(next.partyIds()).containsExactlyInAnyOrder(10L, 20L, 30L);
        assertThat(next.getSituation()).isEqualTo("Läget");
    }

    @Test
    void anExtensionKeepsOnlyPartnersOfItsAgreement() {
        Pledge pledge = draft();
        pledge.publish(LocalDate.of(2026, 2, 1), NOW);
        assertThat(pledge.extend(2, Set.of(40L), "t-2027", NOW).partyIds()).containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void publicationNeedsAnActiveAgreementTextsACommitmentAndEveryPartysSignature() {
        Pledge empty = new Pledge(1, 10, 20, new PledgeCommand("T", "P", Set.of(30L), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, " ", null, 0), "t-2026", NOW);
        assertThat(PublishingRules.missing(empty, 0, Set.of(10L, 20L), AgreementStatus.DRAFT)).containsExactly(
                "pledge.publish.missing.agreementActive", "pledge.publish.missing.situation",
                "pledge.publish.missing.commitments", "pledge.publish.missing.achievement",
                "pledge.publish.missing.followUp", "pledge.publish.missing.signatories");
        assertThat(PublishingRules.missing(draft(), 1, Set.of(10L, 20L, 30L), AgreementStatus.ACTIVE)).isEmpty();
    }
}
