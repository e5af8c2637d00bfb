package se.samverkan.situation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SituationPictureRepository extends JpaRepository<SituationPicture, Long>,
        JpaSpecificationExecutor<SituationPicture> {

    /** The pictures with their compiling organisations, in one statement. */
    @EntityGraph(attributePaths = "compilerIds")
    List<SituationPicture> findWithCompilersByIdIn(Collection<Long> ids);

    Optional<SituationPicture> findByMunicipalityIdAndPeriodTypeAndPeriodStart(long municipalityId,
                                                                                PeriodType periodType,
                                                                                LocalDate periodStart);

    List<SituationPicture> findByMunicipalityIdAndPeriodStartBetweenOrderByPeriodStartAscPeriodTypeAscIdAsc(
            long municipalityId, LocalDate from, LocalDate to);

    default Optional<SituationPicture> findByPeriod(long municipalityId, Period period) {
        return findByMunicipalityIdAndPeriodTypeAndPeriodStart(municipalityId, period.type(), period.firstDay());
    }
}
