package se.samverkan.pledge.web;

import org.springframework.ui.Model;

/** Where pledge forms send the user back to, and the shared confirmation page for removals. */
final class PledgeLinks {

    static final String REMOVE_VIEW = "pledge/remove";

    private PledgeLinks() {
    }

    /** Back to the pledge's staff page, scrolled to the part just saved. */
    static String redirectTo(long pledgeId, String anchor) {
        return "redirect:/loften/" + pledgeId + (anchor == null ? "" : "#" + anchor);
    }

    /** A page that names what will be removed and asks the user to confirm with a button. */
    static String confirmRemoval(Model model, String headingKey, String detailKey, String name, String action) {
        model.addAttribute("removeHeading", headingKey);
        model.addAttribute("removeDetail", detailKey);
        model.addAttribute("removeName", name);
        model.addAttribute("removeAction", action);
        return REMOVE_VIEW;
    }
}
