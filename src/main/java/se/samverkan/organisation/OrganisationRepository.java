package se.samverkan.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    Page<Organisation> findAllByOrderByName(Pageable pageable);

    List<Organisation> findAllByOrderByName();

}
