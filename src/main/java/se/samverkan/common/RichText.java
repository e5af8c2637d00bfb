package se.samverkan.common;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Texts people write for the public (a pledge's sections, progress updates): a small Markdown subset of
 * paragraphs, lists, emphasis and links becomes HTML. Raw HTML in the text is escaped by the Markdown renderer,
 * and the result passes an allow-list sanitizer, so no script, style, event handler or {@code javascript:} link
 * survives whatever was typed.
 */
public final class RichText {

    private static final Parser MARKDOWN = Parser.builder().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    /** Headings would break the page's heading order; they are kept as paragraphs. */
    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "strong", "em", "br", "blockquote", "code")
            .allowElements((name, attributes) -> "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /** Safe HTML for the text; empty for none. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return ALLOWED.sanitize(RENDERER.render(MARKDOWN.parse(markdown)));
    }
}
