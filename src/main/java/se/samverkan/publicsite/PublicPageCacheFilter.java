package se.samverkan.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.samverkan.common.DatabaseFailures;

/**
 * Answers an anonymous GET or HEAD of a public page from {@link PublicPageCache}, before Spring Session, Spring
 * Security and any controller run, so a hit issues no SQL. A visitor with a session cookie (staff) always passes
 * through and is never stored. Only a 200 that the site itself marked {@code public} and that sets no cookie is
 * stored; 304s, errors, redirects and POSTs are not. The key is the scheme, host, path, query and the language the
 * visitor's cookie chooses (the absolute links of feeds and share tags come from the request). A language switch
 * ({@code ?lang=en}) is never cached: it sets the cookie.
 * <p>
 * An entry past its time to live is rendered again; when that fails because the database is away, the old entry is
 * served.
 */
final class PublicPageCacheFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicPageCacheFilter.class);

    /** Headers that belong to one response only, or that the container writes itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "connection", "keep-alive", "content-type");

    /** The parameters public pages read (the list's filters and page); {@code lang} switches language. */
    static final Set<String> PAGE_PARAMETERS = Set.of("kommun", "ar", "q", "page");

    private final PublicPageCache cache;
    private final LocaleResolver locales;
    /** Looked up when needed: filters are made as the web server starts, before the data source's settings. */
    private final ObjectProvider<DataSource> dataSource;

    PublicPageCacheFilter(PublicPageCache cache, LocaleResolver locales, ObjectProvider<DataSource> dataSource) {
        this.cache = cache;
        this.locales = locales;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean get = "GET".equals(request.getMethod());
        boolean head = "HEAD".equals(request.getMethod());
        boolean staff = request.getRequestedSessionId() != null || request.getSession(false) != null;
        // A language switch (?lang=en) sets a cookie: answered by the application each time. So is an address with a
        // parameter no public page reads: one made up per request must not push the real pages out of the cache.
        if (!(get || head) || staff || !PAGE_PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        PublicPageCache.Page cached = cache.find(key).orElse(null);
        if (cached != null && cache.isFresh(cached, Instant.now())) {
            serve(cached, request, response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException e) {
            // Only while the database is away: a bug stays a bug rather than hiding behind an old page.
            if (cached == null || response.isCommitted()
                    || !DatabaseFailures.databaseAway(e, dataSource.getObject())) {
                throw e;
            }
            log.warn("Serving a stored copy of {}: it could not be rendered again ({})", request.getRequestURI(),
                    e.toString());
            response.reset();
            serve(cached, request, response);
            return;
        }
        if (get && storable(capture)) {
            cache.store(key, page(capture), generation);
        }
        capture.copyBodyToResponse();
    }

    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getScheme()).append("://").append(request.getServerName())
                .append(':').append(request.getServerPort()).append(request.getRequestURI()).append('?');
        // The parameters rather than the query string: in any order, and as MockMvc passes them too.
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return key.append(' ').append(locales.resolveLocale(request).toLanguageTag()).toString();
    }

    private static boolean storable(ContentCachingResponseWrapper response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return response.getStatus() == HttpStatus.OK.value()
                && cacheControl != null && cacheControl.contains("public")
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && response.getContentType() != null;
    }

    private static PublicPageCache.Page page(ContentCachingResponseWrapper response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return new PublicPageCache.Page(response.getContentType(), headers, response.getContentAsByteArray(),
                response.getHeader(HttpHeaders.ETAG), response.getLocale(), Instant.now());
    }

    private static void serve(PublicPageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (page.etag() != null && new ServletWebRequest(request, response).checkNotModified(page.etag())) {
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setLocale(page.locale());
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }
}
