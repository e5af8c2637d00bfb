package se.samverkan.pledge;

import java.time.Instant;

/**
 * One piece of news about a public pledge for the Atom feeds: its publication, a progress update or the year-end
 * result. {@code id} is stable, {@code path} is the page (with fragment) it links to, {@code contentHtml} is
 * sanitized.
 */
public record FeedEntry(String id, Kind kind, String pledgeTitle, String municipalityName, String path,
                        Instant updated, String contentHtml) {

    public enum Kind {
        PUBLISHED,
        UPDATE,
        RESULT
    }
}
