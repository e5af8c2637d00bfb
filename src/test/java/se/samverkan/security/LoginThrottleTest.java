package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.testsupport.IntegrationTest;

/** The lock rules over time, on the real tables, with a clock the test moves. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

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
}
