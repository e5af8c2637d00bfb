package se.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import se.samverkan.common.ConflictException;
import se.samverkan.common.ServerBusyException;

/**
 * Failures that have a proper answer of their own. Forms catch a conflicting edit themselves to keep the
 * user's input; this is the fallback for any other place.
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict() {
        return ErrorPages.view(HttpStatus.CONFLICT);
    }

    /** An action the data's state does not allow: the 409 page says why. */
    @ExceptionHandler(ConflictException.class)
    ModelAndView stateConflict(ConflictException e, HttpServletRequest request) {
        ModelAndView view = ErrorPages.view(HttpStatus.CONFLICT);
        view.addObject("errorDetail", e.messageKey());
        view.addObject("backUrl", sameSitePath(request.getHeader(HttpHeaders.REFERER), request));
        return view;
    }

    /** Heavy work with no free slot: 503 with the time after which to try again. */
    @ExceptionHandler(ServerBusyException.class)
    ModelAndView busy(ServerBusyException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        return new ModelAndView(ErrorPages.VIEW, Map.of("errorCode", "busy"), HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** The page the user came from, when it is a page of this site; never a link elsewhere. */
    static String sameSitePath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        String site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String siteWithoutPort = request.getScheme() + "://" + request.getServerName();
        for (String prefix : new String[] {site, siteWithoutPort}) {
            if (referer.startsWith(prefix + "/")) {
                return referer.substring(prefix.length());
            }
        }
        return null;
    }
}
