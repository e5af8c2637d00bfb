package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkan.agreement.SearchHit.SnippetPart;

class SearchSnippetsTest {

    @Test
    void splitsTheHeadlineIntoPlainAndMatchingParts() {
        String headline = "Boende går en " + SearchSnippets.START + "trygghetsvandring" + SearchSnippets.STOP
                + " i <b>Solgården</b>";
        assertThat(SearchSnippets.parse(headline)).containsExactly(
                new SnippetPart("Boende går en ", false),
                new SnippetPart("trygghetsvandring", true),
                new SnippetPart(" i <b>Solgården</b>", false));
    }

    @Test
    void aMatchAtTheStartOrEndLeavesNoEmptyParts() {
        String headline = SearchSnippets.START + "narkotika" + SearchSnippets.STOP + " och "
                + SearchSnippets.START + "hund" + SearchSnippets.STOP;
        assertThat(SearchSnippets.parse(headline)).containsExactly(
                new SnippetPart("narkotika", true), new SnippetPart(" och ", false), new SnippetPart("hund", true));
    }

    @Test
    void anExcerptFromTheMiddleOfTheTextGetsEllipses() {
        String text = "Polisen och kommunen går en trygghetsvandring i Solgården varje höst.";
        String headline = "går en " + SearchSnippets.START + "trygghetsvandring" + SearchSnippets.STOP + " i";
        assertThat(SearchSnippets.parse(headline, text)).containsExactly(
                new SnippetPart("… ", false), new SnippetPart("går en ", false),
                new SnippetPart("trygghetsvandring", true), new SnippetPart(" i", false),
                new SnippetPart(" …", false));
    }

    @Test
    void theWholeTextGetsNoEllipsis() {
        String text = "En trygghetsvandring.";
        String headline = "En " + SearchSnippets.START + "trygghetsvandring" + SearchSnippets.STOP + ".";
        assertThat(SearchSnippets.parse(headline, text)).extracting(SnippetPart::text)
                .containsExactly("En ", "trygghetsvandring", ".");
    }

    @Test
    void noTextGivesNoParts() {
        assertThat(SearchSnippets.parse(null)).isEmpty();
        assertThat(SearchSnippets.parse("  ")).isEmpty();
    }
}
