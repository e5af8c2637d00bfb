package se.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where the header's language link leads. On a page answered to a GET it is the page itself ({@code ?lang=en}).
 * A form shown again after a POST with errors has an address that only takes POST (e.g. a measure's
 * {@code …/uppdateringar}); a GET there would answer 405, so the link leads back to the page the form came from.
 */
@ControllerAdvice
class LanguageSwitch {

    @ModelAttribute("languageSwitchPath")
    String languageSwitchPath(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return "";
        }
        return sameSiteReferer(request);
    }

    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith("/")) {
                    return uri.getRawPath();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // fall through to the dashboard
            }
        }
        return "/oversikt";
    }
}
