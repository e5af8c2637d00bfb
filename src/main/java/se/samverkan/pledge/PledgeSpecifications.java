package se.samverkan.pledge;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import se.samverkan.account.Role;
import se.samverkan.security.SamverkanUser;

final class PledgeSpecifications {

    private PledgeSpecifications() {
    }

    /** Pledges the user's organisation is a party to (all of them for administrators). */
    static Specification<Pledge> visibleTo(SamverkanUser user) {
        return (root, query, cb) -> {
            if (user.role() == Role.ADMIN) {
                return cb.conjunction();
            }
            long own = user.organisationId();
            return cb.or(cb.equal(root.get("municipalityId"), own), cb.equal(root.get("policeAreaId"), own),
                    cb.isMember(own, root.get("partnerIds")));
        };
    }

    static Specification<Pledge> ofAgreement(Long agreementId) {
        return (root, query, cb) -> agreementId == null ? cb.conjunction()
                : cb.equal(root.get("agreementId"), agreementId);
    }

    static Specification<Pledge> isPublic() {
        return (root, query, cb) -> cb.notEqual(root.get("status"), PledgeStatus.DRAFT);
    }

    static Specification<Pledge> matching(PledgeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.municipalityId() != null) {
                predicates.add(cb.equal(root.get("municipalityId"), filter.municipalityId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.year() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("periodStart"), LocalDate.of(filter.year(), 12, 31)));
                predicates.add(cb.greaterThanOrEqualTo(root.get("periodEnd"), LocalDate.of(filter.year(), 1, 1)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("target")), pattern, '\\'),
                        cb.like(cb.lower(root.get("situation")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Current pledges first (published, not yet completed), then the newest period first. */
    static Specification<Pledge> currentFirst() {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(cb.asc(cb.selectCase().when(cb.equal(root.get("status"), PledgeStatus.PUBLISHED), 0)
                                .otherwise(1)),
                        cb.desc(root.get("periodStart")), cb.asc(root.get("title")), cb.desc(root.get("id")));
            }
            return cb.conjunction();
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
