package se.samverkan.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.samverkan.agreement.OrganisationRef;

/**
 * A whole pledge as its pages show it: the staff page, the preview and the public page read the same record, so
 * the preview is exactly what residents will see. The {@code …Html} fields are sanitized and safe to insert.
 */
public record PledgeDocument(long id, long agreementId, String agreementTitle, OrganisationRef municipality,
                             String municipalitySlug, OrganisationRef policeArea, List<OrganisationRef> partners,
                             String title, String slug, String target, LocalDate periodStart, LocalDate periodEnd,
                             String situation, String situationHtml, String achievement, String achievementHtml,
                             String followUp, String followUpHtml, PledgeStatus status, LocalDate publishedOn,
                             Instant changedAt, PledgeResult result, List<CommitmentView> commitments,
                             List<PledgeSignatoryView> signatories, List<UpdateView> updates, PledgeLink predecessor,
                             PledgeLink successor, long version, boolean editable) {

    public String publicPath() {
        return PledgeLink.publicPath(municipalitySlug, slug);
    }

    public List<OrganisationRef> parties() {
        return Stream.concat(Stream.of(municipality, policeArea), partners.stream()).toList();
    }

    /** Parties that have no signatory yet (publishing needs one for each). */
    public List<OrganisationRef> unsignedParties() {
        return parties().stream()
                .filter(party -> signatories.stream().noneMatch(s -> s.organisation().id() == party.id()))
                .toList();
    }
}
