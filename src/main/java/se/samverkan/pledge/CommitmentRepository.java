package se.samverkan.pledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByPledgeIdOrderByPositionAscIdAsc(long pledgeId);

    List<Commitment> findByPledgeIdInOrderByPositionAscIdAsc(Collection<Long> pledgeIds);

    int countByPledgeId(long pledgeId);
}
