package se.samverkan.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    Page<UserAccount> findAllByOrderByEmail(Pageable pageable);

    Page<UserAccount> findAllByOrganisationIdOrderByEmail(Long organisationId, Pageable pageable);
}
