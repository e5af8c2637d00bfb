package se.samverkan.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByAgreementIdOrderByNameAsc(long agreementId);

    List<Indicator> findByAgreementIdInOrderByNameAsc(Collection<Long> agreementIds);

    Optional<Indicator> findByIdAndAgreementId(long id, long agreementId);

    boolean existsByAgreementIdAndNameIgnoreCaseAndIdNot(long agreementId, String name, long id);
}
