package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean that the database cannot be reached, however deep they are wrapped, and which do not. */
class DatabaseFailuresTest {

    @Test
    void aRefusedOrLostConnectionIsAnOutage() {
        assertThat(DatabaseFailures.connectionFailure(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
                                new SQLException("Connection to localhost:5432 refused", "08001")))))).isTrue();
        assertThat(DatabaseFailures.connectionFailure(
                new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseFailures.connectionFailure(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void aPoolWhoseConnectionsAreAllInUseIsBusyNotAway() {
        Exception busy = new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request "
                                + "timed out after 2000ms (total=10, active=10, idle=0, waiting=22)")));

        assertThat(DatabaseFailures.poolBusy(busy)).isTrue();
        assertThat(DatabaseFailures.databaseAway(busy, null)).as("never asks the database").isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseFailures.connectionFailure(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseFailures.connectionFailure(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.poolBusy(new IllegalStateException("a bug"))).isFalse();
    }
}
