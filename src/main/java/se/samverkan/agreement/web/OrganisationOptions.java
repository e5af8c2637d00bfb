package se.samverkan.agreement.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samverkan.common.Option;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

/** The organisations a form or filter offers, by kind, in alphabetical order. */
@Component
class OrganisationOptions {

    private final OrganisationService organisations;

    OrganisationOptions(OrganisationService organisations) {
        this.organisations = organisations;
    }

    List<Option> of(OrganisationKind kind) {
        return byKind().getOrDefault(kind, List.of());
    }

    /** All organisations in one query, grouped by kind, each group in alphabetical order. */
    Map<OrganisationKind, List<Option>> byKind() {
        return organisations.all().stream().collect(Collectors.groupingBy(OrganisationView::kind,
                () -> new EnumMap<>(OrganisationKind.class),
                Collectors.mapping(organisation -> new Option(organisation.id(), organisation.name()),
                        Collectors.toList())));
    }
}
