package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByAgreementIdOrderById(long agreementId);

    Optional<Measure> findByIdAndAgreementId(long id, long agreementId);

    List<Measure> findByFocusAreaIdOrderById(long focusAreaId);
}
