package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/**
 * The lock rules over time, on the real tables, with a clock the test moves; and the lock as seen through the real
 * login form: it holds for its whole time even for the right password, is per account, and looks the same for a
 * name that has no account.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    private Instant now = Instant.parse("2026-03-01T08:00:00Z");
    private final String name = "person-" + UUID.randomUUID() + "@test.example";

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, Clock.fixed(now, ZoneId.of("Europe/Stockholm")));
    }

    private void wait(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle().isLocked(name)).isFalse();
            throttle().recordFailure(name);
            wait(Duration.ofMinutes(3));
        }
        assertThat(throttle().isLocked(name)).isTrue();
        wait(Duration.ofMinutes(11));
        assertThat(throttle().isLocked(name)).isTrue();
        wait(Duration.ofMinutes(2));
        assertThat(throttle().isLocked(name)).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 0; i < 8; i++) {
            throttle().recordFailure(name);
            wait(Duration.ofMinutes(4));
        }
        assertThat(throttle().isLocked(name)).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle().recordFailure(name);
        }
        throttle().reset(name);
        throttle().recordFailure(name);
        assertThat(throttle().isLocked(name)).isFalse();
    }

    @Test
    void namesAreComparedWithoutCase() {
        for (int i = 0; i < 5; i++) {
            throttle().recordFailure(name.toUpperCase());
        }
        assertThat(throttle().isLocked(name)).isTrue();
    }

    @Test
    void theLockIsPerNameAndCountsFailuresOfNamesWithoutAnAccountTheSameWay() {
        String other = "other-" + name;
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle().recordFailure(name);
        }
        assertThat(throttle().isLocked(name)).isTrue();
        assertThat(throttle().isLocked(other)).isFalse();
        throttle().reset(other);
        assertThat(throttle().isLocked(name)).isTrue();
    }

    // Through the login form, with the application's real clock.

    private MvcResult login(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
    }

    private void failUntilLocked(String email) throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(email).password("gissning nummer " + i)).andExpect(unauthenticated());
        }
    }

    private Instant lockedUntil(String email) {
        return jdbc.sql("select locked_until from login_lock where username = :username")
                .param("username", email.toLowerCase()).query(Timestamp.class).single().toInstant();
    }

    /** Moves the lock as if the given time had passed, since the application's clock cannot be moved. */
    private void letTimePass(String email, Duration duration) {
        jdbc.sql("update login_lock set locked_until = locked_until - :seconds * interval '1 second' "
                        + "where username = :username")
                .param("seconds", duration.toSeconds()).param("username", email.toLowerCase()).update();
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordForFifteenMinutesAndThenLetsItIn() throws Exception {
        String email = new Accounts(accountService, organisations).create(Role.COORDINATOR, "tranemo");
        failUntilLocked(email);
        Instant until = lockedUntil(email);
        assertThat(until).isCloseTo(Instant.now().plus(LoginThrottle.LOCK_DURATION), within(1, ChronoUnit.MINUTES));

        for (int i = 0; i < 3; i++) {
            assertThat(login(email, Accounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(lockedUntil(email)).as("attempts during the lock neither lift nor lengthen it").isEqualTo(until);

        letTimePass(email, LoginThrottle.LOCK_DURATION.minusMinutes(1));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(unauthenticated());
        letTimePass(email, Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user(email).password(Accounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void lockingOneAccountLeavesAnotherOfTheSameOrganisationAlone() throws Exception {
        Accounts accounts = new Accounts(accountService, organisations);
        String locked = accounts.create(Role.COORDINATOR, "tranemo");
        String neighbour = accounts.create(Role.COORDINATOR, "tranemo");
        failUntilLocked(locked);
        mvc.perform(formLogin("/login").user(neighbour).password(Accounts.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(locked).password(Accounts.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aNameWithoutAnAccountIsLockedAndAnsweredExactlyLikeALockedAccount() throws Exception {
        String existing = new Accounts(accountService, organisations).create(Role.READER, "sollentuna");
        String unknown = "ingen-" + UUID.randomUUID() + "@test.example";
        failUntilLocked(existing);
        failUntilLocked(unknown);
        assertThat(lockedUntil(unknown)).isCloseTo(lockedUntil(existing), within(1, ChronoUnit.MINUTES));

        MvcResult lockedAnswer = login(existing, Accounts.PASSWORD);
        MvcResult unknownAnswer = login(unknown, Accounts.PASSWORD);
        assertThat(unknownAnswer.getResponse().getStatus()).isEqualTo(lockedAnswer.getResponse().getStatus());
        assertThat(unknownAnswer.getResponse().getRedirectedUrl())
                .isEqualTo(lockedAnswer.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownAnswer.getResponse().getContentAsString())
                .isEqualTo(lockedAnswer.getResponse().getContentAsString());
    }
}
