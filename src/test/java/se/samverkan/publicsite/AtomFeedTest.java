package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class AtomFeedTest extends FixtureBase {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Test
    void bothFeedsAreValidAtomWithAbsoluteLinksAndStableIds() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Flödets löfte");
        PledgeFixtures.Made pledge = fixtures.published(title);

        for (String path : new String[] {"/medborgarloften.atom", "/kommuner/tranemo/medborgarloften.atom"}) {
            String xml = atom(path);
            assertThat(namespaceAwareRoot(xml).getNamespaceURI()).isEqualTo(ATOM);
            assertThat(namespaceAwareRoot(xml).getLocalName()).isEqualTo("feed");

            Feed feed = parse(xml);
            assertThat(feed.getId()).startsWith("tag:samverkan,2026:");
            assertThat(feed.getTitleEx().getValue()).contains("Medborgarlöften");
            assertThat(feed.getUpdated()).isNotNull();
            assertThat(feed.getAlternateLinks()).extracting(Link::getHref).allMatch(href -> href.startsWith("http://"));
            assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
            assertThat(feed.getAuthors()).isNotEmpty();

            Entry published = entry(feed, "tag:samverkan,2026:pledge-" + pledge.id());
            assertThat(published.getTitle()).isEqualTo("Nytt medborgarlöfte: " + title);
            assertThat(published.getUpdated()).isNotNull();
            assertThat(published.getAlternateLinks().get(0).getHref()).startsWith("http://")
                    .endsWith(pledge.path());
            assertThat(published.getContents().get(0).getType()).isEqualTo("html");
            for (Entry entry : feed.getEntries()) {
                assertThat(entry.getId()).startsWith("tag:samverkan,2026:");
                assertThat(entry.getTitle()).isNotBlank();
                assertThat(entry.getUpdated()).isNotNull();
                assertThat(entry.getAlternateLinks().get(0).getHref()).startsWith("http://");
            }
        }
        assertThat(parse(atom("/kommuner/trelleborg/medborgarloften.atom")).getEntries())
                .extracting(Entry::getTitle).noneMatch(entryTitle -> entryTitle.contains(title));
    }

    @Test
    void aNewProgressUpdateAppearsInTheFeeds() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Uppdaterat löfte");
        PledgeFixtures.Made pledge = fixtures.published(title);
        long updateId = fixtures.update(pledge, "Nu lyser det vid **stationen**.", CommitmentStatus.DONE);

        for (String path : new String[] {"/medborgarloften.atom", "/kommuner/tranemo/medborgarloften.atom"}) {
            Entry update = entry(parse(atom(path)), "tag:samverkan,2026:pledge-update-" + updateId);
            assertThat(update.getTitle()).isEqualTo("Lägesrapport: " + title);
            assertThat(update.getAlternateLinks().get(0).getHref())
                    .endsWith(pledge.path() + "#uppdatering-" + updateId);
            assertThat(update.getContents().get(0).getValue()).contains("<strong>stationen</strong>");
        }
    }

    private String atom(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static Element namespaceAwareRoot(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static Entry entry(Feed feed, String id) {
        List<Entry> entries = feed.getEntries();
        return entries.stream().filter(entry -> entry.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry " + id + " in " + feed.getId()));
    }
}
