package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByAgreementIdOrderById(long agreementId);

    Optional<Goal> findByIdAndAgreementId(long id, long agreementId);

    List<Goal> findByFocusAreaIdOrderById(long focusAreaId);
}
