package se.samverkan.pledge;

/**
 * Filters of a pledge list; null means "any". {@code year} keeps pledges whose period touches that year,
 * {@code text} matches title, place or situation.
 */
public record PledgeFilter(Long municipalityId, PledgeStatus status, Integer year, String text) {

    public static PledgeFilter none() {
        return new PledgeFilter(null, null, null, null);
    }
}
