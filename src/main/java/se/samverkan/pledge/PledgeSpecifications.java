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

    /**
     * Current pledges first (published and started), then published ones that start later, then drafts and
     * completed ones; within each, the newest period first.
     */
    static Specification<Pledge> currentFirst(LocalDate today) {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                var published = cb.equal(root.get("status"), PledgeStatus.PUBLISHED);
                var started = cb.lessThanOrEqualTo(root.<LocalDate>get("periodStart"), today);
                query.orderBy(cb.asc(cb.selectCase().when(cb.and(published, started), 0).when(published, 1)
                                .otherwise(2)),
                        cb.desc(root.get("periodStart")), cb.asc(root.get("title")), cb.desc(root.get("id")));
            }
            return cb.conjunction();
        };
    }

    /** For staff: drafts (work in progress) first, then published, then completed; the last worked on first. */
    static Specification<Pledge> draftsFirst() {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(cb.asc(cb.selectCase().when(cb.equal(root.get("status"), PledgeStatus.DRAFT), 0)
                                .when(cb.equal(root.get("status"), PledgeStatus.PUBLISHED), 1).otherwise(2)),
                        cb.desc(root.get("changedAt")), cb.desc(root.get("id")));
            }
            return cb.conjunction();
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
