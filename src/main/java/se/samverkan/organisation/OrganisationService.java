package se.samverkan.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.Paging;
import se.samverkan.common.PublicContentChanged;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    OrganisationService(OrganisationRepository organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    public Page<OrganisationView> page(Pageable pageable) {
        return organisations.findAllByOrderByName(Paging.of(pageable)).map(Organisation::toView);
    }

    public List<OrganisationView> all() {
        return organisations.findAllByOrderByName().stream().map(Organisation::toView).toList();
    }

    public OrganisationView get(long id) {
        return organisations.findById(id).map(Organisation::toView)
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    public Optional<OrganisationView> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(Organisation::toView);
    }

    /**
     * Looks up several organisations in one query, keyed by id; those the transaction has already read are taken from
     * it (a page that names the same organisations in several parts asks the database once).
     */
    public Map<Long, OrganisationView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.unwrap(Session.class)
                .findMultiple(Organisation.class, List.copyOf(new LinkedHashSet<>(ids)), SessionCheckMode.ENABLED)
                .stream()
                .filter(Objects::nonNull)
                .map(Organisation::toView)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    @Transactional
    public long create(OrganisationCommand command) {
        checkUnique(command, -1L);
        return organisations.save(new Organisation(command.kind(), command.name(), command.slug())).getId();
    }

    @Transactional
    public void update(long id, OrganisationCommand command) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("Organisation", id));
        if (organisation.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        checkUnique(command, id);
        organisation.change(command.kind(), command.name(), command.slug());
        // Names and addresses of municipalities, police areas and partners appear on the public pages.
        events.publishEvent(new PublicContentChanged("organisation", id));
    }

    private void checkUnique(OrganisationCommand command, long id) {
        if (organisations.existsByNameIgnoreCaseAndIdNot(command.name().strip(), id)) {
            throw new DuplicateOrganisationException("name");
        }
        if (organisations.existsBySlugAndIdNot(command.slug(), id)) {
            throw new DuplicateOrganisationException("slug");
        }
    }
}
