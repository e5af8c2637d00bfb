package se.samverkan.pledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeSignatoryRepository extends JpaRepository<PledgeSignatory, Long> {

    List<PledgeSignatory> findByPledgeIdOrderById(long pledgeId);

    List<PledgeSignatory> findByPledgeIdInOrderById(Collection<Long> pledgeIds);
}
