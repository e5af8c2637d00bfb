package se.samverkan.agreement.web;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;

/** The organisations a form or filter offers, by kind, in alphabetical order. */
@Component
class OrganisationOptions {

    private final OrganisationService organisations;

    OrganisationOptions(OrganisationService organisations) {
        this.organisations = organisations;
    }

    List<Option> of(OrganisationKind kind) {
        return organisations.all().stream()
                .filter(organisation -> organisation.kind() == kind)
                .map(organisation -> new Option(organisation.id(), organisation.name()))
                .toList();
    }
}
