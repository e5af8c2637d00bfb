package se.samverkan.pledge;

import java.time.LocalDate;
import se.samverkan.agreement.OrganisationRef;

/** One line of a list of pledges. */
public record PledgeSummary(long id, String title, String target, OrganisationRef municipality,
                            String municipalitySlug, LocalDate periodStart, LocalDate periodEnd, PledgeStatus status,
                            LocalDate publishedOn, String slug) {

    /** Where residents read it (answers only once it is published). */
    public String publicPath() {
        return PledgeLink.publicPath(municipalitySlug, slug);
    }
}
