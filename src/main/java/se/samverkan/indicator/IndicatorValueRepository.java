package se.samverkan.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByIndicatorIdOrderByPeriodStartAsc(long indicatorId);

    List<IndicatorValue> findByIndicatorIdInOrderByPeriodStartAsc(Collection<Long> indicatorIds);


    Optional<IndicatorValue> findByIndicatorIdAndPeriod(long indicatorId, String period);

    boolean existsByIndicatorId(long indicatorId);
}
