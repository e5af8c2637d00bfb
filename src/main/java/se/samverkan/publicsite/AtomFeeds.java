package se.samverkan.publicsite;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverkan.pledge.FeedEntry;

/**
 * Writes Atom 1.0 with ROME. Ids are tag URIs built from the pledge module's stable entry ids, so a reader never
 * sees the same news twice; every link is absolute because feed readers have no base to resolve against.
 */
@Component
class AtomFeeds {

    static final String ID_PREFIX = "tag:samverkan,2026:";

    private final MessageSource messages;

    AtomFeeds(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code feedId} names the feed ("medborgarloften", "kommun-tranemo"); {@code pagePath} is its HTML page. */
    String write(String feedId, String title, String pagePath, String selfPath, List<FeedEntry> news,
                 Instant fallbackUpdated, Locale locale) {
        String base = SiteUrl.base();
        Feed feed = new Feed("atom_1.0");
        feed.setId(ID_PREFIX + feedId);
        feed.setTitle(title);
        feed.setLanguage(locale.getLanguage());
        feed.setUpdated(Date.from(news.isEmpty() ? fallbackUpdated : news.get(0).updated()));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + pagePath)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + selfPath)));
        feed.setAuthors(List.of(person(messages.getMessage("app.name", null, locale))));
        feed.setEntries(news.stream().map(item -> entry(item, base, locale)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed " + feedId, e);
        }
    }

    private Entry entry(FeedEntry item, String base, Locale locale) {
        Entry entry = new Entry();
        entry.setId(ID_PREFIX + item.id());
        entry.setTitle(messages.getMessage("feed.entry." + item.kind(), new Object[] {item.pledgeTitle()}, locale));
        entry.setUpdated(Date.from(item.updated()));
        entry.setPublished(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", base + item.path())));
        entry.setAuthors(List.of(person(item.municipalityName())));
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(item.contentHtml());
        entry.setContents(List.of(content));
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
