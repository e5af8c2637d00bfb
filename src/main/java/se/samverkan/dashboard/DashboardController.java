package se.samverkan.dashboard;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;

/** Where a signed-in user lands (the public site has "/"). */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final OrganisationService organisations;

    DashboardController(Dashboard dashboard, OrganisationService organisations) {
        this.dashboard = dashboard;
        this.organisations = organisations;
    }

    @GetMapping("/oversikt")
    String show(@AuthenticationPrincipal SamverkanUser user, Locale locale, Model model) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("role", user.role());
        model.addAttribute("sections", dashboard.sections(user, locale));
        return "dashboard/overview";
    }
}
