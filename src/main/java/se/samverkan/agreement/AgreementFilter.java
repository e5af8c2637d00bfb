package se.samverkan.agreement;

/** The list's filters; null means "any". */
public record AgreementFilter(Long municipalityId, AgreementStatus status, Integer year) {
}
