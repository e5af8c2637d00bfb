package se.samverkan.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;

/** Where a signed-in user lands (the public site has "/"). */
@Controller
class StartController {

    private final OrganisationService organisations;

    StartController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/oversikt")
    String overview(@AuthenticationPrincipal SamverkanUser user, Model model) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("role", user.role());
        return "start/overview";
    }
}
