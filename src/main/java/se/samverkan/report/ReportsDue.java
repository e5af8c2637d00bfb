package se.samverkan.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AnnualFollowUp;
import se.samverkan.security.SamverkanUser;

/**
 * The annual reports the user's organisation still owes, for the dashboard: a report on the year just ended for
 * every agreement in force then, as long as it is not approved.
 */
@Service
@Transactional(readOnly = true)
public class ReportsDue {

    private final AnnualFollowUp annualFollowUp;
    private final AnnualReportRepository reports;

    ReportsDue(AnnualFollowUp annualFollowUp, AnnualReportRepository reports) {
        this.annualFollowUp = annualFollowUp;
        this.reports = reports;
    }

    public List<ReportDue> of(SamverkanUser user) {
        List<AnnualFollowUp.ReportDue> owed = annualFollowUp.reportsDue(user);
        if (owed.isEmpty()) {
            return List.of();
        }
        Map<Long, AnnualReport> current = reports.findByAgreementIdInAndReportYearAndStatusNot(
                        owed.stream().map(AnnualFollowUp.ReportDue::agreementId).toList(), owed.get(0).year(),
                        ReportStatus.SUPERSEDED).stream()
                .collect(Collectors.toMap(AnnualReport::getAgreementId, Function.identity()));
        return owed.stream()
                .map(due -> new ReportDue(due.agreementId(), due.agreementTitle(), due.year(),
                        current.containsKey(due.agreementId()) ? current.get(due.agreementId()).getStatus() : null,
                        ReportLinks.path(due.agreementId(), due.year())))
                .filter(due -> due.status() != ReportStatus.APPROVED)
                .toList();
    }

    /** One report owed; {@code status} is null when nobody has started it. */
    public record ReportDue(long agreementId, String agreementTitle, int year, ReportStatus status, String path) {
    }
}
