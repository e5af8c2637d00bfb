package se.samverkan.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.FollowUpAgreement;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasuresNeedingAttention;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.meeting.MeetingReader.MeetingAttention;
import se.samverkan.pledge.PledgeFollowUp;
import se.samverkan.report.ReportsDue;
import se.samverkan.security.SamverkanUser;

/**
 * Gathers, for the user's own organisation, what needs attention, in the order the dashboard shows it. Items link
 * to the form that fixes them for those who write (coordinators, administrators); readers and the steering group
 * get the page that shows the matter instead, as the forms would refuse them.
 */
@Component
class Dashboard {

    /** Residents are promised news on the steering group's monthly rhythm. */
    static final int PLEDGE_NEWS_DAYS = 31;
    /** A measure in progress without a status update for this long is followed up. */
    static final int MEASURE_SILENCE_DAYS = 60;

    private final AgreementReader agreements;
    private final MeasureFollowUp measures;
    private final IndicatorReader indicators;
    private final MeetingReader meetings;
    private final PledgeFollowUp pledges;
    private final ReportsDue reports;

    Dashboard(AgreementReader agreements, MeasureFollowUp measures, IndicatorReader indicators,
              MeetingReader meetings, PledgeFollowUp pledges, ReportsDue reports) {
        this.agreements = agreements;
        this.measures = measures;
        this.indicators = indicators;
        this.meetings = meetings;
        this.pledges = pledges;
        this.reports = reports;
    }

    /**
     * One read-only transaction for all the readers it asks, so that the sections see the same data. The active
     * agreements of the user's organisation are read once and handed to the readers that need them; the page issues
     * the same number of statements whatever the number of agreements, meetings, measures or indicators.
     */
    @Transactional(readOnly = true)
    public List<AttentionSection> sections(SamverkanUser user, Locale locale) {
        List<FollowUpAgreement> own = agreements.followUpAgreements(user);
        MeetingAttention attention = meetings.attention(own);
        MeasuresNeedingAttention measuresNeedingAttention = measures.needingAttention(user, MEASURE_SILENCE_DAYS);
        return List.of(
                new AttentionSection("meetings", meetings(user, attention)),
                new AttentionSection("actionItems", actionItems(attention)),
                new AttentionSection("measuresPastEnd", measuresPastEnd(measuresNeedingAttention)),
                new AttentionSection("measuresSilent", measuresSilent(measuresNeedingAttention)),
                new AttentionSection("indicators", indicatorsWithoutValue(user, own, locale)),
                new AttentionSection("pledges", pledgesToUpdate(user)),
                new AttentionSection("reports", reportsDue(user)));
    }

    private List<AttentionItem> meetings(SamverkanUser user, MeetingAttention attention) {
        boolean writes = writes(user);
        List<AttentionItem> items = new ArrayList<>();
        attention.overdue().forEach(overdue -> items.add(overdue.plannedMeetingId() != null
                ? new AttentionItem(overdue.agreementTitle(),
                        meetingsOf(overdue.agreementId()) + "/" + overdue.plannedMeetingId(),
                        "dashboard.meetings.overduePlanned", overdue.dueOn(), overdue.plannedDate())
                : new AttentionItem(overdue.agreementTitle(),
                        meetingsOf(overdue.agreementId()) + (writes ? "/ny" : ""),
                        writes ? "dashboard.meetings.overdue" : "dashboard.meetings.overdueRead", overdue.dueOn())));
        attention.next().ifPresent(next -> items.add(new AttentionItem(next.agreementTitle(),
                meetingsOf(next.agreementId()) + "/" + next.meetingId(), "dashboard.meetings.next", next.date())));
        return items;
    }

    private List<AttentionItem> actionItems(MeetingAttention attention) {
        return attention.actionItems().stream()
                .map(item -> new AttentionItem(item.description(),
                        meetingsOf(item.agreementId()) + "/" + item.meetingId(),
                        item.overdue() ? "dashboard.actionItems.overdue" : "dashboard.actionItems.due",
                        item.ownerName(), item.dueDate()))
                .toList();
    }

    private List<AttentionItem> measuresPastEnd(MeasuresNeedingAttention attention) {
        return attention.pastEnd().stream()
                .map(measure -> new AttentionItem(measure.measureTitle(),
                        measurePage(measure.agreementId(), measure.measureId()), "dashboard.measuresPastEnd.reason",
                        measure.endDate(), measure.agreementTitle()))
                .toList();
    }

    private List<AttentionItem> measuresSilent(MeasuresNeedingAttention attention) {
        return attention.withoutUpdate().stream()
                .map(measure -> new AttentionItem(measure.measureTitle(),
                        measurePage(measure.agreementId(), measure.measureId()),
                        measure.lastUpdate() == null ? "dashboard.measuresSilent.never"
                                : "dashboard.measuresSilent.reason", measure.since(), measure.agreementTitle()))
                .toList();
    }

    private List<AttentionItem> indicatorsWithoutValue(SamverkanUser user, List<FollowUpAgreement> own,
                                                       Locale locale) {
        String form = writes(user) ? "/varden/ny" : "";
        return indicators.withoutLatestValue(own).stream()
                .map(missing -> new AttentionItem(missing.indicatorName(),
                        "/overenskommelser/" + missing.agreementId() + "/indikatorer/" + missing.indicatorId()
                                + form, "dashboard.indicators.reason", missing.missingPeriod().label(locale),
                        missing.agreementTitle()))
                .toList();
    }

    private List<AttentionItem> pledgesToUpdate(SamverkanUser user) {
        boolean writes = writes(user);
        String read = writes ? "" : ".read";
        return pledges.dueForUpdate(user, PLEDGE_NEWS_DAYS).stream()
                .map(due -> due.resultDue()
                        ? new AttentionItem(due.title(), "/loften/" + due.pledgeId() + (writes ? "/resultat" : ""),
                        "dashboard.pledges.resultDue" + read, due.periodEnd())
                        : new AttentionItem(due.title(),
                        "/loften/" + due.pledgeId() + (writes ? "/uppdateringar/ny" : ""),
                        "dashboard.pledges.lastNews" + read, due.lastNews()))
                .toList();
    }

    private List<AttentionItem> reportsDue(SamverkanUser user) {
        return reports.of(user).stream()
                .map(due -> new AttentionItem(due.agreementTitle(), due.path(),
                        "dashboard.reports." + (due.status() == null ? "notStarted" : due.status().name()),
                        String.valueOf(due.year())))
                .toList();
    }

    /** Whether the user writes follow-up of their organisation's agreements and pledges (readers only read). */
    private static boolean writes(SamverkanUser user) {
        return user.role() == Role.COORDINATOR || user.role() == Role.ADMIN;
    }

    private static String meetingsOf(long agreementId) {
        return "/overenskommelser/" + agreementId + "/moten";
    }

    private static String measurePage(long agreementId, long measureId) {
        return "/overenskommelser/" + agreementId + "/atgarder/" + measureId;
    }
}
