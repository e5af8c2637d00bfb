package se.samverkan.dashboard;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.agreement.AnnualFollowUp;
import se.samverkan.pledge.PledgeFollowUp;
import se.samverkan.security.SamverkanUser;

/** Gathers, for the user's own organisation, what needs attention, in the order the dashboard shows it. */
@Component
class Dashboard {

    /** Residents are promised news on the steering group's monthly rhythm. */
    static final int PLEDGE_NEWS_DAYS = 31;

    private final PledgeFollowUp pledges;
    private final AnnualFollowUp annualFollowUp;

    Dashboard(PledgeFollowUp pledges, AnnualFollowUp annualFollowUp) {
        this.pledges = pledges;
        this.annualFollowUp = annualFollowUp;
    }

    List<AttentionSection> sections(SamverkanUser user) {
        return List.of(
                new AttentionSection("pledges", pledgesToUpdate(user)),
                new AttentionSection("reports", reportsDue(user)));
    }

    private List<AttentionItem> pledgesToUpdate(SamverkanUser user) {
        return pledges.dueForUpdate(user, PLEDGE_NEWS_DAYS).stream()
                .map(due -> due.resultDue()
                        ? new AttentionItem(due.title(), "/loften/" + due.pledgeId() + "/resultat",
                        "dashboard.pledges.resultDue", due.periodEnd())
                        : new AttentionItem(due.title(), "/loften/" + due.pledgeId() + "/uppdateringar/ny",
                        "dashboard.pledges.lastNews", due.lastNews()))
                .toList();
    }

    private List<AttentionItem> reportsDue(SamverkanUser user) {
        return annualFollowUp.reportsDue(user).stream()
                .map(due -> new AttentionItem(due.agreementTitle(), "/overenskommelser/" + due.agreementId(),
                        "dashboard.reports.due", String.valueOf(due.year())))
                .toList();
    }
}
