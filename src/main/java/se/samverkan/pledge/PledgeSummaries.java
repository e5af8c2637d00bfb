package se.samverkan.pledge;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** List lines for pledges, with the municipalities' names and slugs fetched in one query. */
@Component
class PledgeSummaries {

    private final OrganisationService organisations;

    PledgeSummaries(OrganisationService organisations) {
        this.organisations = organisations;
    }

    Page<PledgeSummary> of(Page<Pledge> page) {
        Map<Long, OrganisationView> names = names(page.getContent());
        return page.map(pledge -> summary(pledge, names));
    }

    List<PledgeSummary> of(List<Pledge> pledges) {
        Map<Long, OrganisationView> names = names(pledges);
        return pledges.stream().map(pledge -> summary(pledge, names)).toList();
    }

    private Map<Long, OrganisationView> names(Collection<Pledge> pledges) {
        Set<Long> ids = new HashSet<>();
        pledges.forEach(pledge -> ids.add(pledge.getMunicipalityId()));
        return organisations.byIds(ids);
    }

    private static PledgeSummary summary(Pledge pledge, Map<Long, OrganisationView> names) {
        return new PledgeSummary(pledge.getId(), pledge.getTitle(), pledge.getTarget(),
                PledgeDocuments.ref(pledge.getMunicipalityId(), names),
                PledgeDocuments.slug(pledge.getMunicipalityId(), names), pledge.getPeriodStart(),
                pledge.getPeriodEnd(), pledge.getStatus(), pledge.getPublishedOn(), pledge.getSlug());
    }
}
