package se.samverkan.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    /** With the responsible parties and goals in the same statement. */
    @EntityGraph(attributePaths = {"responsibleIds", "goalIds"})
    List<Measure> findByAgreementIdOrderById(long agreementId);

    List<Measure> findByAgreementIdInAndPlaceIsNotNullOrderById(Collection<Long> agreementIds);

    Optional<Measure> findByIdAndAgreementId(long id, long agreementId);

    List<Measure> findByFocusAreaIdOrderById(long focusAreaId);
}
