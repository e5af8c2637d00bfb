package se.samverkan.common;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a database that cannot be reached from other failures: the outage page ({@code web.DatabaseOutage}) and
 * the stale public pages ({@code publicsite}) answer only the first, and let a real bug stay a bug.
 * <p>
 * A pool with every connection in use is not an outage: Hikari's "request timed out" then has no cause, while a
 * database that is away leaves the failed connection attempt as its cause. When a failure of the database's kind
 * says nothing about why (PostgreSQL closed a connection under a query and the rollback then found it closed), the
 * database is asked over a new connection of its own, outside the pool, which may be full.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The database could not be reached (no connection, refused, closed or shut down under a query). */
    public static boolean databaseAway(Throwable failure, DataSource dataSource) {
        if (poolBusy(failure)) {
            return false;
        }
        return connectionFailure(failure) || fromTheDatabase(failure) && !reachable(dataSource);
    }

    /** Every connection of the pool stayed in use while the request waited for one: the server is busy. */
    public static boolean poolBusy(Throwable failure) {
        return causes(failure).filter(SQLTransientConnectionException.class::isInstance).findFirst()
                .map(timeout -> timeout.getCause() == null).orElse(false);
    }

    static boolean connectionFailure(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException && cause.getCause() != null
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                || cause instanceof SQLException sql && connectionLost(sql.getSQLState()));
    }

    private static boolean fromTheDatabase(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException || cause instanceof DataAccessException
                || cause instanceof TransactionException || cause instanceof PersistenceException
                || cause.getClass().getName().startsWith("org.hibernate."));
    }

    /** One new connection, not from the pool (which may be full of connections PostgreSQL closed). */
    private static boolean reachable(DataSource dataSource) {
        try {
            HikariDataSource pool = dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class) : null;
            if (pool == null) {
                try (Connection connection = dataSource.getConnection()) {
                    return connection.isValid(1);
                }
            }
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            properties.putIfAbsent("connectTimeout", "2");
            try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties)) {
                return connection.isValid(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** SQL state class 08 (connection exception) and 57P01–57P03 (the server is shutting down or starting). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        return causes(failure).anyMatch(test);
    }

    /** The failure and its causes, outermost first (a cause that is its own cause ends the chain). */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }
}
