package se.samverkan.security;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.Routes.Route;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * Every route of the application × every kind of visitor → the status they get, as written in
 * {@code security/authorization-matrix.txt}. Routes come from the handler mappings, so a new route without a line in
 * the table fails the test, and so does a line whose route is gone. Each request runs in a transaction that is rolled
 * back, so the POSTs (sent with a valid CSRF token and an empty body) leave the demo data as it was.
 *
 * <p>One line per route: method, pattern, then the status for each subject in the order of {@link #SUBJECTS},
 * separated by spaces. The table's codes: a status number, {@code login} for a redirect to the login page, {@code 3xx} for any other
 * redirect. The actual table of a run is written to {@code target/authorization-matrix.txt}.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    static final String TABLE = "/security/authorization-matrix.txt";
    static final List<String> SUBJECTS = List.of("anonymous", "reader", "steering", "coordinator", "admin",
            "stranger");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void everyRouteGivesEachVisitorTheExpectedStatus() throws Exception {
        Map<Route, List<String>> expected = readTable();
        Set<Route> routes = Routes.discover(mapping);
        Set<Route> missing = new TreeSet<>(routes);
        missing.removeAll(expected.keySet());
        Set<Route> gone = new TreeSet<>(expected.keySet());
        gone.removeAll(routes);

        List<String> broken = brokenRules(expected);
        Map<String, RequestPostProcessor> subjects = subjects();
        Map<String, Object> ids = Routes.tranemo(jdbc);
        List<String> wrong = new ArrayList<>();
        List<String> actualTable = new ArrayList<>();
        actualTable.add(row("# method", "pattern", SUBJECTS));
        for (Route route : routes) {
            List<String> actual = new ArrayList<>();
            for (String subject : SUBJECTS) {
                actual.add(statusOf(route, subjects.get(subject), ids));
            }
            actualTable.add(row(route.method(), route.pattern(), actual));
            List<String> want = expected.get(route);
            for (int i = 0; i < SUBJECTS.size(); i++) {
                if (actual.get(i).equals("500")) {
                    wrong.add(route + " as " + SUBJECTS.get(i) + ": 500");
                } else if (want != null && !want.get(i).equals(actual.get(i))) {
                    wrong.add(route + " as " + SUBJECTS.get(i) + ": expected " + want.get(i) + ", got "
                            + actual.get(i));
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/authorization-matrix.txt"), actualTable, StandardCharsets.UTF_8);

        StringBuilder problems = new StringBuilder();
        if (!missing.isEmpty()) {
            problems.append("\nRoutes without a line in ").append(TABLE).append(" (add them; the actual statuses are"
                    + " in target/authorization-matrix.txt):\n  ").append(String.join("\n  ", lines(missing)));
        }
        if (!gone.isEmpty()) {
            problems.append("\nLines in ").append(TABLE).append(" for routes that no longer exist:\n  ")
                    .append(String.join("\n  ", lines(gone)));
        }
        if (!broken.isEmpty()) {
            problems.append("\nLines of ").append(TABLE).append(" that break the access rules:\n  ")
                    .append(String.join("\n  ", broken));
        }
        if (!wrong.isEmpty()) {
            problems.append("\nStatuses that differ from the table:\n  ").append(String.join("\n  ", wrong));
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    private Map<String, RequestPostProcessor> subjects() {
        return subjects(accountService, organisations, users);
    }

    /** A new account for each subject but anonymous (also used by {@link FuzzTest}). */
    static Map<String, RequestPostProcessor> subjects(AccountService accountService, OrganisationService organisations,
                                                      UserDetailsService users) {
        Accounts accounts = new Accounts(accountService, organisations);
        Map<String, RequestPostProcessor> subjects = new HashMap<>();
        subjects.put("anonymous", request -> request);
        subjects.put("reader", user(users.loadUserByUsername(accounts.create(Role.READER, "tranemo"))));
        subjects.put("steering", user(users.loadUserByUsername(accounts.create(Role.STEERING_GROUP, "tranemo"))));
        subjects.put("coordinator", user(users.loadUserByUsername(accounts.create(Role.COORDINATOR, "tranemo"))));
        subjects.put("admin", user(users.loadUserByUsername(accounts.create(Role.ADMIN, "tranemo"))));
        subjects.put("stranger", user(users.loadUserByUsername(accounts.create(Role.COORDINATOR, "sollentuna"))));
        return subjects;
    }

    /** One request in a transaction that is rolled back; a failure the application does not handle counts as 500. */
    private String statusOf(Route route, RequestPostProcessor subject, Map<String, Object> ids) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return template.execute(transaction -> {
            transaction.setRollbackOnly();
            Map<String, Object> all = new HashMap<>(ids);
            if (route.pattern().contains("{attachmentId}") || route.pattern().contains("{commentId}")) {
                all.putAll(Routes.madeForTheRequest(jdbc, (Long) ids.get("agreementId")));
            }
            String url = Routes.url(route.pattern(), all::get);
            HttpMethod method = route.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(route.method());
            MockHttpServletRequestBuilder request = request(method, url).with(subject);
            if (route.writes()) {
                request = request.with(csrf());
                requiredParameters(route, ids).forEach(request::param);
            }
            try {
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                return code(response);
            } catch (Exception e) {
                return "500";
            }
        });
    }

    /**
     * What every line must say, so that a careless expectation cannot make a hole look right: outside the public
     * site anonymous visitors are sent to log in; a stranger gets 404 for every id of Tranemo's data (the admin pages
     * answer 403 by role); readers change nothing but their own password.
     */
    static List<String> brokenRules(Map<Route, List<String>> table) {
        List<String> broken = new ArrayList<>();
        table.forEach((route, statuses) -> {
            String pattern = route.pattern();
            boolean publicSite = pattern.equals("/") || pattern.equals("/login")
                    || pattern.matches("/(kommuner|medborgarloften|oppna-data|tillganglighet)(\\b.*)?");
            boolean admin = pattern.startsWith("/admin/");
            if (!publicSite && !statuses.get(0).equals("login")) {
                broken.add(route + ": anonymous must be sent to log in");
            }
            if (!publicSite && !admin && pattern.contains("{") && !statuses.get(5).equals("404")) {
                broken.add(route + ": a stranger must get 404");
            }
            if (admin && !statuses.subList(1, 4).equals(List.of("403", "403", "403"))) {
                broken.add(route + ": only administrators may use the admin pages");
            }
            if (route.writes() && !pattern.equals("/konto/losenord") && statuses.get(1).matches("200|3xx")) {
                broken.add(route + ": readers change nothing");
            }
            statuses.stream().filter(status -> status.startsWith("5"))
                    .forEach(status -> broken.add(route + ": no one gets " + status));
        });
        return broken;
    }

    /**
     * The request parameters without which a POST is a 400 before any access check: given, so that the check is
     * reached. The forms themselves stay empty.
     */
    static Map<String, String> requiredParameters(Route route, Map<String, Object> ids) {
        return switch (route.pattern()) {
            case "/lagesbilder/ny" -> Map.of("kommun", String.valueOf(ids.get("organisationId")));
            case "/loften/ny" -> Map.of("overenskommelse", String.valueOf(ids.get("agreementId")));
            case "/overenskommelser/{id}/publicering" -> Map.of("publik", "false");
            case "/overenskommelser/{agreementId}/fokusomraden/{focusAreaId}/flytta" -> Map.of("steg", "1");
            case "/overenskommelser/{agreementId}/moten/{meetingId}/atgardspunkter/{itemId}/klar" ->
                    Map.of("version", "0");
            default -> Map.of();
        };
    }

    private static String code(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status / 100 == 3) {
            String location = response.getRedirectedUrl();
            return location != null && location.replaceFirst("^https?://[^/]+", "").equals("/login") ? "login"
                    : "3xx";
        }
        return String.valueOf(status);
    }

    static Map<Route, List<String>> readTable() {
        Map<Route, List<String>> table = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return table;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                if (cells.length != 2 + SUBJECTS.size()) {
                    throw new AssertionError("Line of " + TABLE + " without " + SUBJECTS.size() + " statuses: " + line);
                }
                table.put(new Route(cells[0], cells[1]), List.of(cells).subList(2, cells.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static List<String> lines(Set<Route> routes) {
        return routes.stream().map(route -> route.method() + " " + route.pattern()).toList();
    }

    /** A line of the table: columns aligned so that it reads as a table. */
    static String row(String method, String pattern, List<String> statuses) {
        StringBuilder row = new StringBuilder(String.format("%-7s %-82s", method, pattern));
        statuses.forEach(status -> row.append(String.format(" %-11s", status)));
        return row.toString().stripTrailing();
    }
}
