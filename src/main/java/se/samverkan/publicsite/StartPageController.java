package se.samverkan.publicsite;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PublicPledges;

/** The front door for residents: what the service is, a search, the newest pledges and the municipalities. */
@Controller
class StartPageController {

    private static final int LATEST = 5;

    private final PublicPledges pledges;

    StartPageController(PublicPledges pledges) {
        this.pledges = pledges;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("pledges", pledges.page(PledgeFilter.none(), PageRequest.of(0, LATEST)).getContent());
        model.addAttribute("municipalities", pledges.municipalities());
        return "public/start";
    }
}
