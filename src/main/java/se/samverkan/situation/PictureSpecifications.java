package se.samverkan.situation;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import se.samverkan.account.Role;
import se.samverkan.security.SamverkanUser;

final class PictureSpecifications {

    private PictureSpecifications() {
    }

    /** Pictures of the user's municipality or compiled by the user's organisation (all for administrators). */
    static Specification<SituationPicture> visibleTo(SamverkanUser user) {
        return (root, query, cb) -> {
            if (user.role() == Role.ADMIN) {
                return cb.conjunction();
            }
            long own = user.organisationId();
            return cb.or(cb.equal(root.get("municipalityId"), own), cb.isMember(own, root.get("compilerIds")));
        };
    }

    static Specification<SituationPicture> matching(PictureFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.municipalityId() != null) {
                predicates.add(cb.equal(root.get("municipalityId"), filter.municipalityId()));
            }
            if (filter.periodType() != null) {
                predicates.add(cb.equal(root.get("periodType"), filter.periodType()));
            }
            if (filter.year() != null) {
                predicates.add(cb.between(root.get("periodStart"), LocalDate.of(filter.year(), 1, 1),
                        LocalDate.of(filter.year(), 12, 31)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
