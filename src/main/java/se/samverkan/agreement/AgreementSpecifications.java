package se.samverkan.agreement;

import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;
import se.samverkan.account.Role;
import se.samverkan.security.SamverkanUser;

/** The list's query: what the user may see, narrowed by the filters. */
final class AgreementSpecifications {

    private AgreementSpecifications() {
    }

    static Specification<Agreement> visibleTo(SamverkanUser user) {
        if (user.role() == Role.ADMIN) {
            return Specification.unrestricted();
        }
        long organisationId = user.organisationId();
        return (root, query, cb) -> cb.or(
                cb.equal(root.get("municipalityId"), organisationId),
                cb.equal(root.get("policeAreaId"), organisationId),
                cb.isMember(organisationId, root.get("partnerIds")));
    }

    static Specification<Agreement> matching(AgreementFilter filter) {
        Specification<Agreement> spec = Specification.unrestricted();
        if (filter.municipalityId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("municipalityId"), filter.municipalityId()));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.year() != null) {
            LocalDate first = LocalDate.of(filter.year(), 1, 1);
            LocalDate last = LocalDate.of(filter.year(), 12, 31);
            spec = spec.and((root, query, cb) -> cb.and(
                    cb.lessThanOrEqualTo(root.get("periodStart"), last),
                    cb.greaterThanOrEqualTo(root.get("periodEnd"), first)));
        }
        return spec;
    }
}
