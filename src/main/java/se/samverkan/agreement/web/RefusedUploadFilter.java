package se.samverkan.agreement.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverkan.common.QueryParameters;

/**
 * Once Tomcat 11 has refused a multipart request (over spring.servlet.multipart.max-file-size or max-request-size),
 * every later getParameter() throws. The CSRF check and the language switch ask for parameters, so such a request
 * would end in Tomcat's own bare 413 page. This filter, just before Spring Security, reads the parts first; when they
 * are refused, the rest of the chain sees only the query string's parameters (the upload form carries its CSRF
 * token there), and reading the parts again fails in Spring MVC as a MaxUploadSizeExceededException, which
 * {@link UploadTooLarge} answers with the upload page and its message.
 */
@Component
class RefusedUploadFilter extends OncePerRequestFilter implements Ordered {

    /** Spring Security's filter chain has -100. */
    private static final int BEFORE_SECURITY = -101;

    @Override
    public int getOrder() {
        return BEFORE_SECURITY;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException refused) {
            chain.doFilter(new QueryParametersOnly(request, refused), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body could not be read: parameters from the address only, the parts fail as before. */
    static final class QueryParametersOnly extends QueryParameters {

        private final Exception refusal;

        QueryParametersOnly(HttpServletRequest request, Exception refusal) {
            super(request);
            this.refusal = refusal;
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            throw refused();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            throw refused();
        }

        private IllegalStateException refused() {
            // Spring's multipart resolver reads "exceeds ... size" in the cause as "upload too large".
            return refusal instanceof IllegalStateException state ? state : new IllegalStateException(refusal);
        }
    }
}
