package se.samverkan.demo;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stops the application before the first connection when the {@code demo} profile would write demo accounts,
 * with their well-known password, into a database that is not on this machine.
 */
@Component
@Profile("demo")
class DemoDatabaseGuard implements BeanPostProcessor {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && !isLocal(dataSource.getJdbcUrl())) {
            throw new IllegalStateException("The demo profile only runs against the embedded or a localhost "
                    + "PostgreSQL, not " + dataSource.getJdbcUrl() + ". Start without the demo profile.");
        }
        return bean;
    }

    /** True when every host of a PostgreSQL JDBC URL is this machine (no host at all means localhost). */
    static boolean isLocal(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return true;
        }
        String authority = rest.substring(2).split("[/?]", 2)[0];
        if (authority.isEmpty()) {
            return true;
        }
        return Arrays.stream(authority.split(","))
                .map(DemoDatabaseGuard::hostOf)
                .allMatch(host -> LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT)));
    }

    private static String hostOf(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            return hostAndPort.substring(0, hostAndPort.indexOf(']') + 1);
        }
        int colon = hostAndPort.indexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }
}
