package se.samverkan.agreement;

import java.time.LocalDate;

/** One line of the agreement list. */
public record AgreementSummary(long id, String title, long municipalityId, String municipalityName,
                               long policeAreaId, String policeAreaName, LocalDate periodStart,
                               LocalDate periodEnd, AgreementStatus status, boolean publicSummary) {
}
