package se.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error answers with one page in the layout, worded for its status: 403, 404 and 409 have their own
 * text, other client errors and server errors a general one. No stack trace or exception text is shown.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "error/page";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return view(status);
    }

    static ModelAndView view(HttpStatus status) {
        return new ModelAndView(VIEW, Map.of("errorCode", codeFor(status)), status);
    }

    static String codeFor(HttpStatus status) {
        return switch (status.value()) {
            case 403, 404, 409 -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }
}
