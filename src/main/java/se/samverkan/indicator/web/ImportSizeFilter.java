package se.samverkan.indicator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverkan.common.QueryParameters;
import se.samverkan.indicator.ImportText;

/**
 * An import far over its 1 MB limit is never read: the request's body is hidden from the rest of the chain (its
 * form fields are then those of the address, where the import form carries its CSRF token) and the import
 * controller, seeing {@link #REFUSED}, answers 413 with the import page and its own message. Without this, a file
 * between the import's limit and the attachments' 20 MB would be read whole, and one over 20 MB would get the
 * attachment page's message. Runs before {@code RefusedUploadFilter} and Spring Security.
 */
@Component
class ImportSizeFilter extends OncePerRequestFilter implements Ordered {

    static final String REFUSED = ImportSizeFilter.class.getName() + ".refused";

    /** A file and a pasted text of at most 1 MB each, and a little for the rest of the form. */
    static final long MAX_BODY = 2L * ImportText.MAX_BYTES + 64 * 1024;

    private static final Pattern IMPORT_PATH = Pattern.compile("/overenskommelser/\\d{1,18}/indikatorer/import(/spara)?");

    @Override
    public int getOrder() {
        return -110;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !IMPORT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || request.getContentLengthLong() <= MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(REFUSED, Boolean.TRUE);
        chain.doFilter(new BodyHidden(request), response);
    }

    /** The request as if it had no body: no multipart parsing, parameters from the query string only. */
    static final class BodyHidden extends QueryParameters {

        BodyHidden(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }
    }
}
