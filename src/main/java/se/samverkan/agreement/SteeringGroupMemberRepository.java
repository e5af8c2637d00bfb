package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringGroupMemberRepository extends JpaRepository<SteeringGroupMember, Long> {

    List<SteeringGroupMember> findByAgreementIdOrderById(long agreementId);

    Optional<SteeringGroupMember> findByIdAndAgreementId(long id, long agreementId);
}
