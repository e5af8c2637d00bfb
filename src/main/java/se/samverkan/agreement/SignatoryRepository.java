package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    List<Signatory> findByAgreementIdOrderById(long agreementId);

    Optional<Signatory> findByIdAndAgreementId(long id, long agreementId);
}
