package se.samverkan.agreement.web;

import org.springframework.ui.Model;

/** Where the part forms send the user back to, and the shared confirmation page for removals. */
final class AgreementLinks {

    static final String REMOVE_VIEW = "agreement/remove";

    private AgreementLinks() {
    }

    /** Back to the agreement page, scrolled to the part just saved. */
    static String redirectTo(long agreementId, String anchor) {
        return "redirect:/overenskommelser/" + agreementId + "#" + anchor;
    }

    /** A page that names what will be removed and asks the user to confirm with a button. */
    static String confirmRemoval(Model model, String headingKey, String name, String action) {
        model.addAttribute("removeHeading", headingKey);
        model.addAttribute("removeName", name);
        model.addAttribute("removeAction", action);
        return REMOVE_VIEW;
    }
}
