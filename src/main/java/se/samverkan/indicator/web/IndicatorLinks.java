package se.samverkan.indicator.web;

import org.springframework.ui.Model;

/** Addresses of the indicator pages and the shared removal page. */
final class IndicatorLinks {

    static final String REMOVE_VIEW = "indicator/remove";

    private IndicatorLinks() {
    }

    static String indicator(long agreementId, long indicatorId) {
        return "/overenskommelser/" + agreementId + "/indikatorer/" + indicatorId;
    }

    static String redirectToIndicator(long agreementId, long indicatorId, String anchor) {
        return "redirect:" + indicator(agreementId, indicatorId) + (anchor == null ? "" : "#" + anchor);
    }

    /** The agreement page, scrolled to its indicators. */
    static String redirectToAgreement(long agreementId) {
        return "redirect:/overenskommelser/" + agreementId + "#indikatorer";
    }

    /** A page that names what will be removed and asks to confirm with a button; {@code back} is the cancel link. */
    static String confirmRemoval(Model model, String headingKey, String name, String action, String back) {
        model.addAttribute("removeHeading", headingKey);
        model.addAttribute("removeName", name);
        model.addAttribute("removeAction", action);
        model.addAttribute("removeBack", back);
        return REMOVE_VIEW;
    }
}
