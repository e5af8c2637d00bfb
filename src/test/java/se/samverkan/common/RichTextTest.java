package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void paragraphsListsEmphasisAndLinksBecomeHtml() {
        String html = RichText.toHtml("Första stycket med *kursiv* och **fet** text.\n\n- ett\n- två\n\n"
                + "Läs mer på [kommunens sida](https://tranemo.se/trygghet).");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("p")).hasSize(2);
        assertThat(page.select("ul > li")).extracting(Element::text).containsExactly("ett", "två");
        assertThat(page.select("em").text()).isEqualTo("kursiv");
        assertThat(page.select("strong").text()).isEqualTo("fet");
        Element link = page.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://tranemo.se/trygghet");
        assertThat(link.attr("rel")).contains("nofollow", "noopener", "noreferrer");
    }

    @Test
    void headingsBecomeParagraphsSoThePageKeepsItsHeadingOrder() {
        Document page = Jsoup.parseBodyFragment(RichText.toHtml("# Stor rubrik\n\nText"));
        assertThat(page.select("h1, h2, h3, h4, h5, h6")).isEmpty();
        assertThat(page.select("p").first().text()).isEqualTo("Stor rubrik");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(RichText.toHtml(null)).isEmpty();
        assertThat(RichText.toHtml("  \n ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klicka](javascript:alert(1))",
            "[klicka](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<style>body{display:none}</style>",
            "\" onmouseover=\"alert(1)",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![bild](https://evil.example/x.png)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<<script>alert(1)//<</script>"})
    void hostileInputEndsUpInert(String payload) {
        Document page = Jsoup.parseBodyFragment(RichText.toHtml("Text före " + payload + " text efter"));
        assertThat(page.select("script, style, iframe, img, svg, object, embed, form, input")).isEmpty();
        page.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
            assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", ""))
                    .doesNotStartWith("javascript:").doesNotStartWith("data:");
        }));
        assertThat(page.text()).contains("Text före", "text efter");
    }
}
