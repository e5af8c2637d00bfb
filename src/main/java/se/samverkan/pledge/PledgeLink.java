package se.samverkan.pledge;

import java.time.LocalDate;

/** The previous or next period's pledge; {@code publicPath} is null while it is a draft. */
public record PledgeLink(long id, String title, LocalDate periodStart, LocalDate periodEnd, PledgeStatus status,
                         String publicPath) {

    static String publicPath(String municipalitySlug, String slug) {
        return "/medborgarloften/" + municipalitySlug + "/" + slug;
    }
}
