package se.samverkan.agreement;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** Names and kinds of the organisations an agreement refers to, fetched in one query. */
@Component
class OrganisationNames {

    private final OrganisationService organisations;

    OrganisationNames(OrganisationService organisations) {
        this.organisations = organisations;
    }

    Map<Long, String> of(Collection<Long> ids) {
        return organisations.byIds(ids).values().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
    }

    /** Refuses parties of the wrong kind or that do not exist. */
    void checkParties(AgreementCommand command) {
        Set<Long> ids = new HashSet<>(command.partnerIds());
        ids.add(command.municipalityId());
        ids.add(command.policeAreaId());
        Map<Long, OrganisationView> found = organisations.byIds(ids);
        if (!hasKind(found.get(command.municipalityId()), OrganisationKind.MUNICIPALITY)) {
            throw new FieldRejectedException("municipalityId", "agreement.municipality.wrongKind");
        }
        if (!hasKind(found.get(command.policeAreaId()), OrganisationKind.POLICE_AREA)) {
            throw new FieldRejectedException("policeAreaId", "agreement.policeArea.wrongKind");
        }
        if (!found.keySet().containsAll(command.partnerIds())) {
            throw new FieldRejectedException("partnerIds", "agreement.partners.unknown");
        }
    }

    private static boolean hasKind(OrganisationView organisation, OrganisationKind kind) {
        return organisation != null && organisation.kind() == kind;
    }
}
