package se.samverkan.report;

import java.time.Instant;
import se.samverkan.common.RichText;

/** A written section as saved: Markdown {@code body}, its last writer and time (null until first saved). */
public record SectionText(SectionKind kind, Long focusAreaId, String body, String writtenBy, Instant writtenAt,
                          long version) {

    public SectionKey key() {
        return new SectionKey(kind, focusAreaId);
    }

    public boolean blank() {
        return body == null || body.isBlank();
    }

    /** The text as sanitized HTML, safe to insert. */
    public String bodyHtml() {
        return blank() ? "" : RichText.toHtml(body);
    }

    public String writtenAtText() {
        return SwedishTime.format(writtenAt);
    }
}
