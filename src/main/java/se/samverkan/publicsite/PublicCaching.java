package se.samverkan.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages, feeds and open data may be stored by browsers and proxies but are checked on every request
 * ({@code public, no-cache} plus an ETag answered with 304), so a new progress update shows at once while an
 * unchanged page costs no body. The header is set before Spring Security runs: its cache writer leaves a response
 * alone that already has Cache-Control. Visitors with a session (staff) keep Security's {@code no-store}: their
 * error pages show their name. The language comes from a cookie, hence {@code Vary: Cookie}.
 * <p>
 * In front of both, {@link PublicPageCacheFilter} answers anonymous visitors from the pages kept in memory.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    static final List<String> PUBLIC_PATHS = List.of("/", "/medborgarloften", "/medborgarloften/*",
            "/medborgarloften.atom", "/kommuner/*", "/oppna-data", "/oppna-data/*", "/tillganglighet");

    /** Before Spring Security's filter chain (order -100). */
    private static final int ORDER = -110;

    /**
     * Before Spring Session's filter ({@code Integer.MIN_VALUE + 50}), so a cached page needs neither session nor
     * database; after the character encoding filter and the database-outage page ({@code web}), which then answers
     * for a page that is not cached.
     */
    static final int PAGE_CACHE_ORDER = Integer.MIN_VALUE + 30;

    @Bean
    FilterRegistrationBean<PublicPageCacheFilter> publicPageCacheFilter(PublicPageCache cache, LocaleResolver locales,
                                                                        ObjectProvider<DataSource> dataSource) {
        FilterRegistrationBean<PublicPageCacheFilter> registration =
                new FilterRegistrationBean<>(new PublicPageCacheFilter(cache, locales, dataSource));
        registration.setUrlPatterns(PUBLIC_PATHS);
        registration.setOrder(PAGE_CACHE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setUrlPatterns(PUBLIC_PATHS);
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicCacheHeaders> publicCacheHeaders() {
        FilterRegistrationBean<PublicCacheHeaders> registration = new FilterRegistrationBean<>(new PublicCacheHeaders());
        registration.setUrlPatterns(PUBLIC_PATHS);
        registration.setOrder(ORDER + 1);
        return registration;
    }

    static final class PublicCacheHeaders extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            if (read && request.getRequestedSessionId() == null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
            }
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
            chain.doFilter(request, response);
        }
    }
}
