package se.samverkan.situation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SituationPictureRepository extends JpaRepository<SituationPicture, Long>,
        JpaSpecificationExecutor<SituationPicture> {

    /** The pictures with their compiling organisations, in one statement. */
    @EntityGraph(attributePaths = "compilerIds")
    List<SituationPicture> findWithCompilersByIdIn(Collection<Long> ids);

    /**
     * The pictures the focus areas cite, each with the id of the citing focus area and with its compiling
     * organisations, in one statement. A row comes once per compiler: the caller keeps one per focus area and picture.
     */
    @Query("""
            select c.focusAreaId, p from Citation c join SituationPicture p on p.id = c.pictureId
            left join fetch p.compilerIds
            where c.focusAreaId in ?1""")
    List<Object[]> citedByFocusAreas(Collection<Long> focusAreaIds);

    Optional<SituationPicture> findByMunicipalityIdAndPeriodTypeAndPeriodStart(long municipalityId,
                                                                                PeriodType periodType,
                                                                                LocalDate periodStart);

    /**
     * The municipality's pictures whose period starts between the days (both included), each with its number of
     * hotspots and their incidents, in one statement; by period start, type, then id.
     */
    @Query("""
            select p, (select count(h) from Hotspot h where h.pictureId = p.id),
                   (select coalesce(sum(h.incidentCount), 0) from Hotspot h where h.pictureId = p.id)
            from SituationPicture p
            where p.municipalityId = ?1 and p.periodStart between ?2 and ?3
            order by p.periodStart, p.periodType, p.id""")
    List<Object[]> withHotspotCountsBetween(long municipalityId, LocalDate from, LocalDate to);

    default Optional<SituationPicture> findByPeriod(long municipalityId, Period period) {
        return findByMunicipalityIdAndPeriodTypeAndPeriodStart(municipalityId, period.type(), period.firstDay());
    }
}
