package se.samverkan.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.pledge.PublicPledges;

/** All published and completed pledges, filtered by municipality, year and words. */
@Controller
class PledgeListController {

    static final int PAGE_SIZE = 20;
    private static final int MAX_TEXT = 200;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final PublicPledges pledges;
    private final Municipalities municipalities;

    PledgeListController(PublicPledges pledges, Municipalities municipalities) {
        this.pledges = pledges;
        this.municipalities = municipalities;
    }

    /** Parameters are read as text so that "ar=abc" is our 400 with a Swedish page, not a binding failure. */
    @GetMapping("/medborgarloften")
    String list(@RequestParam(name = "kommun", required = false) String kommun,
                @RequestParam(name = "ar", required = false) String ar,
                @RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "page", required = false) String page, Model model) {
        OrganisationView municipality = blank(kommun) ? null
                : municipalities.find(kommun.strip()).orElseThrow(() -> new BadFilterException("kommun"));
        Integer year = blank(ar) ? null : year(ar.strip());
        String text = blank(q) ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadFilterException("q");
        }
        PledgeFilter filter = new PledgeFilter(municipality == null ? null : municipality.id(), null, year, text);
        Page<PledgeSummary> result = pledges.page(filter, PageRequest.of(pageIndex(page), PAGE_SIZE));

        model.addAttribute("pledges", result);
        model.addAttribute("municipalities", pledges.municipalities());
        model.addAttribute("kommun", municipality == null ? "" : municipality.slug());
        model.addAttribute("ar", year == null ? "" : year.toString());
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("filtered", municipality != null || year != null || text != null);
        model.addAttribute("query", query(municipality, year, text));
        return "public/pledges";
    }

    private static Integer year(String value) {
        if (!value.matches("\\d{4}")) {
            throw new BadFilterException("ar");
        }
        int year = Integer.parseInt(value);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadFilterException("ar");
        }
        return year;
    }

    /** Pages in addresses count from 1; anything else that is not a sensible page number is the first page. */
    private static int pageIndex(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(page.strip()) - 1);
    }

    /** The filter as "kommun=…&ar=…&q=…&" for the pagination links; URLEncoder also encodes "+" (as in "C++"). */
    private static String query(OrganisationView municipality, Integer year, String text) {
        StringBuilder query = new StringBuilder();
        if (municipality != null) {
            query.append("kommun=").append(encode(municipality.slug())).append('&');
        }
        if (year != null) {
            query.append("ar=").append(year).append('&');
        }
        if (text != null) {
            query.append("q=").append(encode(text)).append('&');
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
