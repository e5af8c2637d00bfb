package se.samverkan.publicsite;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samverkan.common.NotFoundException;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** Municipalities by the slug in a public address; police areas and partners are not municipalities. */
@Component
class Municipalities {

    private final OrganisationService organisations;

    Municipalities(OrganisationService organisations) {
        this.organisations = organisations;
    }

    Optional<OrganisationView> find(String slug) {
        if (slug == null || slug.length() > 100) {
            return Optional.empty();
        }
        return organisations.findBySlug(slug).filter(org -> org.kind() == OrganisationKind.MUNICIPALITY);
    }

    OrganisationView get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("Municipality", slug));
    }
}
