package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

    Optional<Agreement> findByPredecessorId(long predecessorId);

    List<Agreement> findByStatusAndPeriodEndBefore(AgreementStatus status, LocalDate date);
}
