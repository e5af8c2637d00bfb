package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.Set;

/** Create or change an agreement's own fields. {@code version} is the one the user edited (ignored on create). */
public record AgreementCommand(String title, long municipalityId, long policeAreaId, Set<Long> partnerIds,
                               LocalDate periodStart, LocalDate periodEnd, String registrationNumber,
                               String purpose, String situationPicture, long version) {
}
