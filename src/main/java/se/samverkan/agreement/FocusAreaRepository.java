package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FocusAreaRepository extends JpaRepository<FocusArea, Long> {

    List<FocusArea> findByAgreementIdOrderByPositionAscIdAsc(long agreementId);

    Optional<FocusArea> findByIdAndAgreementId(long id, long agreementId);

    @Query("select coalesce(max(f.position), 0) from FocusArea f where f.agreementId = ?1")
    int maxPosition(long agreementId);
}
