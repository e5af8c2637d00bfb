package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.Routes.Route;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * Every route that changes something (POST, PUT, PATCH, DELETE), sent by a coordinator of the owning organisation
 * without a CSRF token or with a wrong one, is refused with 403 before it reaches the application: no row is added,
 * removed or changed.
 */
@IntegrationTest
class CsrfTest {

    /** Row counts, and for versioned tables the sum of versions, which grows with every update. */
    private static final String STATE = """
            select (select count(*) from organisation) || ',' || (select count(*) from user_account)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from agreement)
                || ',' || (select count(*) from agreement_change)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from focus_area)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from goal)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from measure)
                || ',' || (select count(*) from measure_update)
                || ',' || (select count(*) from signatory) || ',' || (select count(*) from steering_group_member)
                || ',' || (select count(*) from agreement_attachment)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from meeting)
                || ',' || (select count(*) from meeting_decision) || ',' || (select count(*) from meeting_action_item)
                || ',' || (select count(*) from indicator) || ',' || (select count(*) from indicator_value)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from situation_picture)
                || ',' || (select count(*) from hotspot) || ',' || (select count(*) from situation_citation)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from pledge)
                || ',' || (select count(*) from pledge_commitment) || ',' || (select count(*) from pledge_signatory)
                || ',' || (select count(*) from pledge_update)
                || ',' || (select count(*) || ':' || coalesce(sum(version), 0) from annual_report)
                || ',' || (select count(*) from annual_report_comment)
                || ',' || (select count(*) from annual_report_event)""";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void everyChangeWithoutAValidCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        RequestPostProcessor coordinator = user(users.loadUserByUsername(
                new Accounts(accountService, organisations).create(Role.COORDINATOR, "tranemo")));
        Map<String, Object> ids = new LinkedHashMap<>(Routes.tranemo(jdbc));
        // The demo has no attachment or review comment; the token is checked before any id is looked at.
        ids.put("attachmentId", 1L);
        ids.put("commentId", 1L);
        Set<Route> routes = Routes.discover(mapping);
        List<Route> changes = routes.stream().filter(Route::writes).toList();
        assertThat(changes).as("routes that change something").hasSizeGreaterThan(50);

        String before = jdbc.sql(STATE).query(String.class).single();
        List<String> accepted = new ArrayList<>();
        for (Route route : changes) {
            String url = Routes.url(route.pattern(), ids::get);
            Map<String, String> parameters = AuthorizationMatrixTest.requiredParameters(route, ids);
            for (String token : List.of("without token", "with a wrong token")) {
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), url)
                        .with(coordinator);
                if (token.equals("with a wrong token")) {
                    request = request.with(csrf().useInvalidToken());
                }
                parameters.forEach(request::param);
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status != 403) {
                    accepted.add(route + " " + token + ": " + status);
                }
            }
        }
        String after = jdbc.sql(STATE).query(String.class).single();

        assertThat(accepted).as("changes not refused with 403 without a valid CSRF token").isEmpty();
        assertThat(after).as("row counts and versions after every refused change").isEqualTo(before);
    }
}
