package se.samverkan.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Emails;

/**
 * Locks a login name for {@link #LOCK_DURATION} once it has had {@link #MAX_FAILURES} failed logins within
 * {@link #WINDOW}. Kept in the database so that every instance of the application sees the same lock.
 * Names are tracked whether or not an account exists, so the lock reveals nothing about accounts.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return jdbc.sql("select count(*) from login_lock where username = :username and locked_until > :now")
                .param("username", Emails.normalise(username))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }

    @Transactional
    public void recordFailure(String username) {
        String name = Emails.normalise(username);
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        jdbc.sql("delete from login_failure where username = :username and failed_at <= :windowStart")
                .param("username", name).param("windowStart", windowStart).update();
        jdbc.sql("insert into login_failure (username, failed_at) values (:username, :now)")
                .param("username", name).param("now", Timestamp.from(now)).update();
        long recent = jdbc.sql("select count(*) from login_failure where username = :username")
                .param("username", name).query(Long.class).single();
        if (recent >= MAX_FAILURES) {
            jdbc.sql("""
                    insert into login_lock (username, locked_until) values (:username, :until)
                    on conflict (username) do update set locked_until = excluded.locked_until""")
                    .param("username", name).param("until", Timestamp.from(now.plus(LOCK_DURATION))).update();
            jdbc.sql("delete from login_failure where username = :username").param("username", name).update();
        }
    }

    @Transactional
    public void reset(String username) {
        String name = Emails.normalise(username);
        jdbc.sql("delete from login_failure where username = :username").param("username", name).update();
        jdbc.sql("delete from login_lock where username = :username").param("username", name).update();
    }
}
