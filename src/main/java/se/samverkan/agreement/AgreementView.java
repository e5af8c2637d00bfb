package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An agreement's own fields with organisation names. {@code parties} lists the municipality, the police area and
 * the partners; {@code successorId} is the newer version that replaces (or will replace) it.
 */
public record AgreementView(long id, String title, OrganisationRef municipality, OrganisationRef policeArea,
                            List<OrganisationRef> partners, LocalDate periodStart, LocalDate periodEnd,
                            String registrationNumber, String purpose, String situationPicture,
                            AgreementStatus status, LocalDate endedOn, String endedReason, boolean publicSummary,
                            Long predecessorId, Long successorId, MeetingRhythm meetingRhythm,
                            String reportRecipients, long version, boolean editable) {

    public List<OrganisationRef> parties() {
        return Stream.concat(Stream.of(municipality, policeArea), partners.stream()).toList();
    }

    /** Whether the user may record follow-up (measure updates, meetings): a coordinator, while it is active. */
    public boolean mayFollowUp() {
        return editable && status == AgreementStatus.ACTIVE;
    }

    public Set<Long> partnerIds() {
        return partners.stream().map(OrganisationRef::id).collect(Collectors.toSet());
    }
}
