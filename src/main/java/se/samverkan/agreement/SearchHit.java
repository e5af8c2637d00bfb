package se.samverkan.agreement;

import java.util.List;

/**
 * One search result: an agreement or one of its parts, the agreement it belongs to, and a short excerpt of its text
 * where the matching words are marked.
 */
public record SearchHit(Kind kind, long id, String title, List<SnippetPart> snippet, long agreementId,
                        String agreementTitle) {

    public enum Kind {
        AGREEMENT,
        FOCUS_AREA,
        GOAL,
        MEASURE
    }

    /** A piece of the excerpt; {@code match} when it is one of the words searched for. Plain text, never HTML. */
    public record SnippetPart(String text, boolean match) {
    }

    public SearchHit {
        snippet = List.copyOf(snippet);
    }

    /** The agreement page, scrolled to the part that matched. The agreement page gives each part this id. */
    public String link() {
        String page = "/overenskommelser/" + agreementId;
        return switch (kind) {
            case AGREEMENT -> page;
            case FOCUS_AREA -> page + "#fokusomrade-" + id;
            case GOAL -> page + "#mal-" + id;
            case MEASURE -> page + "#atgard-" + id;
        };
    }
}
