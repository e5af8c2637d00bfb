package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class DemoDatabaseGuardTest {

    @Test
    void localDatabasesAreAllowed() {
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://localhost:54329/postgres")).isTrue();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://127.0.0.1/samverkan?ssl=false")).isTrue();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://[::1]:5432/samverkan")).isTrue();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql:samverkan")).isTrue();
    }

    @Test
    void anyOtherHostIsRefused() {
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://db.kommun.se:5432/samverkan")).isFalse();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://localhost,db.kommun.se/samverkan")).isFalse();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://localhost.evil.example/x")).isFalse();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:postgresql://10.0.0.5/samverkan")).isFalse();
        assertThat(DemoDatabaseGuard.isLocal("jdbc:mysql://localhost/samverkan")).isFalse();
        assertThat(DemoDatabaseGuard.isLocal(null)).isFalse();
    }

    @Test
    void stopsStartupBeforeConnectingToARemoteDatabase() {
        try (HikariDataSource remote = new HikariDataSource()) {
            remote.setJdbcUrl("jdbc:postgresql://db.kommun.se:5432/samverkan");
            assertThatThrownBy(() -> new DemoDatabaseGuard().postProcessBeforeInitialization(remote, "dataSource"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("demo profile");
        }
    }
}
