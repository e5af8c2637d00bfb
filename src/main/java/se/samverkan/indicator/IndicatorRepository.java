package se.samverkan.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    /** With the goals they follow up, in the same statement. */
    @EntityGraph(attributePaths = "goalIds")
    List<Indicator> findByAgreementIdOrderByNameAsc(long agreementId);

    /**
     * The agreement's indicators by name with the goals they follow up and their values (oldest first), in one
     * statement: a row per indicator and value (the value null when it has none), repeated per goal.
     */
    @Query("""
            select i, v from Indicator i left join fetch i.goalIds
            left join IndicatorValue v on v.indicatorId = i.id
            where i.agreementId = ?1
            order by i.name, i.id, v.periodStart, v.id""")
    List<Object[]> withGoalsAndValues(long agreementId);

    List<Indicator> findByAgreementIdInOrderByNameAsc(Collection<Long> agreementIds);

    /**
     * The agreements' indicators by name, each with the period of its values among {@code periods} (null when it has
     * none, once per value otherwise): the indicators and which of the periods they have, in one statement.
     */
    @Query("""
            select i, v.period from Indicator i left join IndicatorValue v on v.indicatorId = i.id and v.period in ?2
            where i.agreementId in ?1 order by i.name, i.id""")
    List<Object[]> withPeriodsAmong(Collection<Long> agreementIds, Collection<String> periods);

    Optional<Indicator> findByIdAndAgreementId(long id, long agreementId);

    boolean existsByAgreementIdAndNameIgnoreCaseAndIdNot(long agreementId, String name, long id);
}
