package se.samverkan.agreement;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.agreement.SearchHit.SnippetPart;

/**
 * Turns PostgreSQL's {@code ts_headline} output into plain-text parts. ts_headline marks the matching words with
 * the start and stop strings it is given and leaves the rest of the text as it is, so its output must never be
 * rendered as HTML. We ask for two private-use characters as markers and split on them; the template then writes
 * every part as escaped text.
 */
final class SearchSnippets {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    /** The ts_headline options: our markers and a short single excerpt. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, ShortWord=2";

    private SearchSnippets() {
    }

    /** The parts of {@code headline}, with "…" before or after it where it leaves out some of {@code text}. */
    static List<SnippetPart> parse(String headline, String text) {
        List<SnippetPart> parts = new ArrayList<>(parse(headline));
        if (parts.isEmpty() || text == null) {
            return parts;
        }
        String excerpt = headline.strip().replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
        String whole = text.strip();
        int at = whole.indexOf(excerpt);
        if (at > 0) {
            parts.add(0, new SnippetPart("… ", false));
        }
        if (at >= 0 && at + excerpt.length() < whole.length()) {
            parts.add(new SnippetPart(" …", false));
        }
        return List.copyOf(parts);
    }

    static List<SnippetPart> parse(String headline) {
        if (headline == null || headline.isBlank()) {
            return List.of();
        }
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (char c : headline.strip().toCharArray()) {
            if (c == START || c == STOP) {
                add(parts, text, match);
                match = c == START;
            } else {
                text.append(c);
            }
        }
        add(parts, text, match);
        return parts;
    }

    private static void add(List<SnippetPart> parts, StringBuilder text, boolean match) {
        if (!text.isEmpty()) {
            parts.add(new SnippetPart(text.toString(), match));
            text.setLength(0);
        }
    }
}
