package se.samverkan.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverkan.common.NotFoundException;
import se.samverkan.pledge.PublicPledges;

/** One pledge as residents read it. The staff preview renders the same template with {@code preview=true}. */
@Controller
class PledgePageController {

    private final PublicPledges pledges;
    private final Municipalities municipalities;

    PledgePageController(PublicPledges pledges, Municipalities municipalities) {
        this.pledges = pledges;
        this.municipalities = municipalities;
    }

    @GetMapping("/medborgarloften/{kommun}/{slug}")
    String show(@PathVariable String kommun, @PathVariable String slug, Model model) {
        long municipalityId = municipalities.get(kommun).id();
        model.addAttribute("pledge", pledges.find(municipalityId, slug)
                .orElseThrow(() -> new NotFoundException("Pledge", slug)));
        model.addAttribute("preview", false);
        return "public/pledge";
    }
}
