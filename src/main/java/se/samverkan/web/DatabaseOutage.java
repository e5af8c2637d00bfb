package se.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import se.samverkan.common.DatabaseFailures;
import se.samverkan.security.ContentSecurityPolicy;

/**
 * When PostgreSQL cannot be reached, every page answers 503 with a clear page in the visitor's language, instead of
 * hanging or showing a general error. The failure may come from anywhere: Spring Session reading a staff member's
 * session before Spring Security runs, the login, a controller's service, or saving the session at the end. So it is
 * caught by a filter in front of all of them ({@code Integer.MIN_VALUE + 10}; Spring Session's is {@code + 50}), and
 * the page is rendered here with the template engine, without the error dispatch, which would try the session again.
 * The public layout is used: it needs neither the signed-in user nor the database.
 * <p>
 * Hikari waits at most {@code spring.datasource.hikari.connection-timeout} for a connection, so the answer comes
 * within a few seconds, and opens new connections by itself when the database is back: no restart is needed. A write
 * that failed was not committed, so nothing is half-saved. Public pages kept in memory are still served (they are
 * answered behind this filter, before the session is read).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutage {

    static final String VIEW = "error/unavailable";
    static final int ORDER = Integer.MIN_VALUE + 10;
    /** Seconds a client may wait before trying again. */
    private static final String RETRY_AFTER = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    @Bean
    FilterRegistrationBean<OutageFilter> databaseOutagePage(ITemplateEngine templates, LocaleResolver locales,
                                                            ObjectProvider<DataSource> dataSource) {
        FilterRegistrationBean<OutageFilter> registration =
                new FilterRegistrationBean<>(new OutageFilter(templates, locales, dataSource));
        registration.setOrder(ORDER);
        return registration;
    }

    static final class OutageFilter extends OncePerRequestFilter {

        private final ITemplateEngine templates;
        private final LocaleResolver locales;
        /** Looked up when needed: filters are made as the web server starts, before the data source's settings. */
        private final ObjectProvider<DataSource> dataSource;

        OutageFilter(ITemplateEngine templates, LocaleResolver locales, ObjectProvider<DataSource> dataSource) {
            this.templates = templates;
            this.locales = locales;
            this.dataSource = dataSource;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (response.isCommitted()) {
                    throw e;
                }
                if (DatabaseFailures.poolBusy(e)) {
                    log.warn("{} {} answered 503: every database connection stayed in use ({})",
                            request.getMethod(), request.getRequestURI(), e.toString());
                    unavailable(request, response, "busy");
                } else if (DatabaseFailures.databaseAway(e, dataSource.getObject())) {
                    log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                            request.getRequestURI(), e.toString());
                    unavailable(request, response, "503");
                } else {
                    throw e;
                }
            }
        }

        private void unavailable(HttpServletRequest request, HttpServletResponse response, String errorCode)
                throws IOException {
            Locale locale = locales.resolveLocale(request);
            WebContext context = new WebContext(JakartaServletWebApplication
                    .buildApplication(request.getServletContext()).buildExchange(request, response), locale,
                    Map.of("errorCode", errorCode));
            byte[] page = templates.process(VIEW, context).getBytes(StandardCharsets.UTF_8);
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            // Answered before Spring Security, which would have sent these.
            response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setLocale(locale);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
