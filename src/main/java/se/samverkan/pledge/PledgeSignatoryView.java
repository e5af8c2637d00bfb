package se.samverkan.pledge;

import java.time.LocalDate;
import se.samverkan.agreement.OrganisationRef;

public record PledgeSignatoryView(long id, String name, String title, OrganisationRef organisation,
                                  LocalDate signedOn) {
}
