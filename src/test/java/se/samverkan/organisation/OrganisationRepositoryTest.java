package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.testsupport.TestDatabaseConfiguration;

/** The Flyway schema on real PostgreSQL, checked by Hibernate (ddl-auto=validate) and by its constraints. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class OrganisationRepositoryTest {

    @Autowired
    OrganisationRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void savesAndFindsAnOrganisationBySlug() {
        repository.saveAndFlush(new Organisation(OrganisationKind.POLICE_AREA, "Lokalpolisområde Mölndal", "lpo-molndal"));
        Organisation found = repository.findBySlug("lpo-molndal").orElseThrow();
        assertThat(found.toView().name()).isEqualTo("Lokalpolisområde Mölndal");
        assertThat(found.toView().kind()).isEqualTo(OrganisationKind.POLICE_AREA);
        assertThat(repository.existsBySlugAndIdNot("lpo-molndal", -1L)).isTrue();
        assertThat(repository.existsBySlugAndIdNot("lpo-molndal", found.getId())).isFalse();
    }

    @Test
    void theDatabaseRefusesAnUnknownKind() {
        assertThatThrownBy(() -> jdbc.sql("insert into organisation (kind, name, slug) values ('SPACE', 'X', 'x')")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAMalformedSlug() {
        assertThatThrownBy(() -> jdbc.sql("insert into organisation (kind, name, slug) values ('PARTNER', 'Y', 'Ö y')")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDomainRefusesAMalformedSlugBeforeTheDatabaseSeesIt() {
        assertThatThrownBy(() -> new Organisation(OrganisationKind.PARTNER, "Z", "Inte OK"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
