package se.samverkan.pledge;

import se.samverkan.agreement.OrganisationRef;

/** A commitment with its responsible party; {@code measureTitle} is the agreement's measure it is part of. */
public record CommitmentView(long id, int position, String description, OrganisationRef responsible, Long measureId,
                             String measureTitle, CommitmentStatus status, long version) {
}
