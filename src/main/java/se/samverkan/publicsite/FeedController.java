package se.samverkan.publicsite;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.pledge.PublicPledges;

/** Atom feeds of new pledges, progress updates and results: all of them, or one municipality's. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicPledges pledges;
    private final Municipalities municipalities;
    private final AtomFeeds feeds;
    private final MessageSource messages;

    FeedController(PublicPledges pledges, Municipalities municipalities, AtomFeeds feeds, MessageSource messages) {
        this.pledges = pledges;
        this.municipalities = municipalities;
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/medborgarloften.atom")
    ResponseEntity<String> all(Locale locale) {
        String title = messages.getMessage("feed.all.title", null, locale);
        return atom(feeds.write("medborgarloften", title, "/medborgarloften", "/medborgarloften.atom",
                pledges.feed(null), pledges.now(), locale));
    }

    @GetMapping("/kommuner/{slug}/medborgarloften.atom")
    ResponseEntity<String> municipality(@PathVariable String slug, Locale locale) {
        OrganisationView municipality = municipalities.get(slug);
        String title = messages.getMessage("feed.municipality.title", new Object[] {municipality.name()}, locale);
        return atom(feeds.write("kommun-" + municipality.slug(), title, "/kommuner/" + municipality.slug(),
                "/kommuner/" + municipality.slug() + "/medborgarloften.atom", pledges.feed(municipality.id()),
                pledges.now(), locale));
    }

    private static ResponseEntity<String> atom(String xml) {
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }
}
