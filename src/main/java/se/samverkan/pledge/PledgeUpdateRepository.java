package se.samverkan.pledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PledgeUpdateRepository extends JpaRepository<PledgeUpdate, Long> {

    @EntityGraph(attributePaths = "statuses")
    List<PledgeUpdate> findByPledgeIdOrderByPublishedOnDescIdDesc(long pledgeId);

    @EntityGraph(attributePaths = "statuses")
    List<PledgeUpdate> findByPledgeIdInOrderByPublishedOnDescIdDesc(Collection<Long> pledgeIds);

    /** The newest updates of public pledges, optionally of one municipality (null for all), for the feeds. */
    @Query("""
            select u from PledgeUpdate u, Pledge p
            where p.id = u.pledgeId and p.status <> se.samverkan.pledge.PledgeStatus.DRAFT
              and (:municipalityId is null or p.municipalityId = :municipalityId)
            order by u.publishedOn desc, u.createdAt desc, u.id desc""")
    List<PledgeUpdate> newestPublic(Long municipalityId, Pageable limit);
}
