package se.samverkan.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test JVM: a Testcontainers container where a Docker engine answers,
 * an embedded PostgreSQL (same major version) otherwise. Flyway migrates it when the first context starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    public static final String POSTGRES_IMAGE = "postgres:18-alpine";

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return SharedDatabase.container();
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    DynamicPropertyRegistrar embeddedPostgresProperties() {
        return registry -> {
            EmbeddedPostgres postgres = SharedDatabase.embedded();
            registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        };
    }

    static final class SharedDatabase {

        private static final boolean DOCKER = DockerClientFactory.instance().isDockerAvailable();
        private static PostgreSQLContainer container;
        private static EmbeddedPostgres embedded;

        static synchronized PostgreSQLContainer container() {
            if (container == null) {
                container = new PostgreSQLContainer(POSTGRES_IMAGE);
                container.start();
            }
            return container;
        }

        static synchronized EmbeddedPostgres embedded() {
            if (embedded == null) {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
                }
            }
            return embedded;
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SharedDatabase.DOCKER;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !SharedDatabase.DOCKER;
        }
    }
}
