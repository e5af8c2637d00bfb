package se.samverkan.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FocusAreaRepository extends JpaRepository<FocusArea, Long> {

    List<FocusArea> findByAgreementIdOrderByPositionAscIdAsc(long agreementId);

    List<FocusArea> findByAgreementIdIn(Collection<Long> agreementIds);

    Optional<FocusArea> findByIdAndAgreementId(long id, long agreementId);

    /** Focus-area titles by id, for history lines that name a goal's or a measure's focus area. */
    default Map<Long, String> titlesOf(long agreementId) {
        return findByAgreementIdOrderByPositionAscIdAsc(agreementId).stream()
                .collect(Collectors.toMap(FocusArea::getId, FocusArea::getTitle));
    }

    @Query("select coalesce(max(f.position), 0) from FocusArea f where f.agreementId = ?1")
    int maxPosition(long agreementId);
}
