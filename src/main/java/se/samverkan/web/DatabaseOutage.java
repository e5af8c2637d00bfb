package se.samverkan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.persistence.PersistenceException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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

    /** Whether the database could not be reached: no connection, refused, closed or shut down under a query. */
    static boolean isCause(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                || cause instanceof SQLException sql && connectionLost(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure of the database's kind (JDBC, JPA, Spring's data access or transactions) happened while the
     * database cannot be reached. A connection that PostgreSQL closed under a query is dropped by Hikari, and the
     * rollback then fails with "Connection is closed", without a state that says why; so the database is asked.
     */
    static boolean databaseAway(Throwable failure, DataSource dataSource) {
        return isCause(failure) || fromTheDatabase(failure) && !reachable(dataSource);
    }

    private static boolean fromTheDatabase(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException || cause instanceof DataAccessException
                || cause instanceof TransactionException || cause instanceof PersistenceException
                || cause.getClass().getName().startsWith("org.hibernate."));
    }

    private static boolean reachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** SQL state class 08 (connection exception) and 57P01–57P03 (the server is shutting down or starting). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
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
                if (response.isCommitted() || !databaseAway(e, dataSource.getObject())) {
                    throw e;
                }
                log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(),
                        request.getRequestURI(), e.toString());
                unavailable(request, response);
            }
        }

        private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = locales.resolveLocale(request);
            WebContext context = new WebContext(JakartaServletWebApplication
                    .buildApplication(request.getServletContext()).buildExchange(request, response), locale,
                    Map.of("errorCode", "503"));
            byte[] page = templates.process(VIEW, context).getBytes(StandardCharsets.UTF_8);
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setLocale(locale);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
