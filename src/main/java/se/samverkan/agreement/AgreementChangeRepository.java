package se.samverkan.agreement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementChangeRepository extends JpaRepository<AgreementChange, Long> {

    Page<AgreementChange> findByAgreementIdOrderByChangedAtDescIdDesc(long agreementId, Pageable pageable);
}
