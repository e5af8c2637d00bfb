package se.samverkan.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import java.util.Locale;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.indicator.IndicatorReader;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.pledge.PledgeFollowUp;
import se.samverkan.report.ReportsDue;
import se.samverkan.security.SamverkanUser;

/** Gathers, for the user's own organisation, what needs attention, in the order the dashboard shows it. */
@Component
class Dashboard {

    /** Residents are promised news on the steering group's monthly rhythm. */
    static final int PLEDGE_NEWS_DAYS = 31;
    /** A measure in progress without a status update for this long is followed up. */
    static final int MEASURE_SILENCE_DAYS = 60;

    private final MeasureFollowUp measures;
    private final IndicatorReader indicators;
    private final MeetingReader meetings;
    private final PledgeFollowUp pledges;
    private final ReportsDue reports;

    Dashboard(MeasureFollowUp measures, IndicatorReader indicators, MeetingReader meetings, PledgeFollowUp pledges,
              ReportsDue reports) {
        this.measures = measures;
        this.indicators = indicators;
        this.meetings = meetings;
        this.pledges = pledges;
        this.reports = reports;
    }

    List<AttentionSection> sections(SamverkanUser user, Locale locale) {
        return List.of(
                new AttentionSection("meetings", meetings(user)),
                new AttentionSection("actionItems", actionItems(user)),
                new AttentionSection("measuresPastEnd", measuresPastEnd(user)),
                new AttentionSection("measuresSilent", measuresSilent(user)),
                new AttentionSection("indicators", indicatorsWithoutValue(user, locale)),
                new AttentionSection("pledges", pledgesToUpdate(user)),
                new AttentionSection("reports", reportsDue(user)));
    }

    private List<AttentionItem> meetings(SamverkanUser user) {
        List<AttentionItem> items = new ArrayList<>();
        meetings.overdueAgreements(user).forEach(overdue -> items.add(new AttentionItem(overdue.agreementTitle(),
                meetingsOf(overdue.agreementId()) + "/ny", "dashboard.meetings.overdue", overdue.dueOn())));
        meetings.nextMeeting(user).ifPresent(next -> items.add(new AttentionItem(next.agreementTitle(),
                meetingsOf(next.agreementId()) + "/" + next.meetingId(), "dashboard.meetings.next", next.date())));
        return items;
    }

    private List<AttentionItem> actionItems(SamverkanUser user) {
        return meetings.openActionItems(user).stream()
                .map(item -> new AttentionItem(item.description(),
                        meetingsOf(item.agreementId()) + "/" + item.meetingId(),
                        item.overdue() ? "dashboard.actionItems.overdue" : "dashboard.actionItems.due",
                        item.ownerName(), item.dueDate()))
                .toList();
    }

    private List<AttentionItem> measuresPastEnd(SamverkanUser user) {
        return measures.pastEndDate(user).stream()
                .map(measure -> new AttentionItem(measure.measureTitle(),
                        measurePage(measure.agreementId(), measure.measureId()), "dashboard.measuresPastEnd.reason",
                        measure.endDate(), measure.agreementTitle()))
                .toList();
    }

    private List<AttentionItem> measuresSilent(SamverkanUser user) {
        return measures.withoutUpdateSince(user, MEASURE_SILENCE_DAYS).stream()
                .map(measure -> new AttentionItem(measure.measureTitle(),
                        measurePage(measure.agreementId(), measure.measureId()),
                        measure.lastUpdate() == null ? "dashboard.measuresSilent.never"
                                : "dashboard.measuresSilent.reason", measure.since(), measure.agreementTitle()))
                .toList();
    }

    private List<AttentionItem> indicatorsWithoutValue(SamverkanUser user, Locale locale) {
        return indicators.withoutLatestValue(user).stream()
                .map(missing -> new AttentionItem(missing.indicatorName(),
                        "/overenskommelser/" + missing.agreementId() + "/indikatorer/" + missing.indicatorId()
                                + "/varden/ny", "dashboard.indicators.reason", missing.missingPeriod().label(locale),
                        missing.agreementTitle()))
                .toList();
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
        return reports.of(user).stream()
                .map(due -> new AttentionItem(due.agreementTitle(), due.path(),
                        "dashboard.reports." + (due.status() == null ? "notStarted" : due.status().name()),
                        String.valueOf(due.year())))
                .toList();
    }

    private static String meetingsOf(long agreementId) {
        return "/overenskommelser/" + agreementId + "/moten";
    }

    private static String measurePage(long agreementId, long measureId) {
        return "/overenskommelser/" + agreementId + "/atgarder/" + measureId;
    }
}
