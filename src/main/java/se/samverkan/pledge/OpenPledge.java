package se.samverkan.pledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A published pledge as open data (docs/open-data.md describes every field). Texts are given as their authors
 * wrote them (Markdown); dates are ISO 8601.
 */
public record OpenPledge(long id, String url, String title, String target, String municipality, String policeArea,
                         List<String> partners, LocalDate periodStart, LocalDate periodEnd, PledgeStatus status,
                         LocalDate publishedOn, String situation, List<Commitment> commitments, String achievement,
                         String followUp, List<Signatory> signatories, List<Update> updates, Result result,
                         Long previousPledgeId) {

    public record Commitment(int position, String description, String responsible, CommitmentStatus status) {
    }

    public record Signatory(String name, String title, String organisation, LocalDate signedOn) {
    }

    public record Update(long id, LocalDate date, String text, List<StatusChange> commitmentStatuses) {
    }

    public record StatusChange(String commitment, CommitmentStatus status) {
    }

    public record Result(String done, String achieved, boolean continues, LocalDate writtenOn) {
    }
}
