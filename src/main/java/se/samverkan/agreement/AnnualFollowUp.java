package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.security.SamverkanUser;

/**
 * Which annual follow-ups the user's organisation owes: every signed agreement it is a party to that was in force
 * during the year just ended gets a report on that year.
 */
@Service
@Transactional(readOnly = true)
public class AnnualFollowUp {

    private final AgreementRepository agreements;
    private final Clock clock;

    AnnualFollowUp(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public List<ReportDue> reportsDue(SamverkanUser user) {
        int year = Year.now(clock).getValue() - 1;
        return agreements.signedInForceDuring(user.organisationId(), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)).stream()
                .map(agreement -> new ReportDue(agreement.getId(), agreement.getTitle(), year))
                .toList();
    }

    /** The report on {@code year} of one agreement. */
    public record ReportDue(long agreementId, String agreementTitle, int year) {
    }
}
