package se.samverkan.report;

import java.time.Instant;
import java.util.List;
import se.samverkan.common.RichText;

/** A written section as saved: Markdown {@code body}, its last writer and time (null until first saved). */
public record SectionText(SectionKind kind, Long focusAreaId, String body, String writtenBy, Instant writtenAt,
                          long version) {

    /** The saved text of a section among these, or an empty one that nobody has written. */
    public static SectionText in(List<SectionText> sections, SectionKey key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst()
                .orElseGet(() -> new SectionText(key.kind(), key.focusAreaId(), "", null, null, 0));
    }

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
