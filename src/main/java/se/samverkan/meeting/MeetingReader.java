package se.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.FollowUpAgreement;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.Paging;
import se.samverkan.security.SamverkanUser;

/**
 * Reads meetings for pages and dashboards. Pages check the user's right to read the agreement first
 * ({@link AgreementReader}, 404 for strangers); the dashboard methods cover the active agreements the user's own
 * organisation is a party to, in a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class MeetingReader {

    private final AgreementReader agreements;
    private final MeetingRepository meetings;
    private final MeetingDecisionRepository decisions;
    private final ActionItemRepository actionItems;
    private final Clock clock;

    MeetingReader(AgreementReader agreements, MeetingRepository meetings, MeetingDecisionRepository decisions,
                  ActionItemRepository actionItems, Clock clock) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.clock = clock;
    }

    /** The agreement's meetings, the newest (planned ones) first; the sort in the URL is ignored. */
    public Page<MeetingSummary> list(SamverkanUser user, long agreementId, Pageable pageable) {
        agreements.get(user, agreementId);
        Page<Meeting> page = meetings.listOf(agreementId,
                Paging.of(pageable));
        List<Long> ids = page.map(Meeting::getId).getContent();
        Map<Long, Long> decisionCounts = new HashMap<>();
        Map<Long, long[]> actionCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            decisions.countsOf(ids).forEach(row -> decisionCounts.put((Long) row[0], (Long) row[1]));
            actionItems.countsOf(ids).forEach(row -> actionCounts.put((Long) row[0],
                    new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        }
        LocalDate today = LocalDate.now(clock);
        return page.map(meeting -> {
            long[] actions = actionCounts.getOrDefault(meeting.getId(), new long[2]);
            return meeting.toSummary(today, decisionCounts.getOrDefault(meeting.getId(), 0L), actions[0],
                    actions[1]);
        });
    }

    public MeetingDocument get(SamverkanUser user, long agreementId, long meetingId) {
        AgreementDocument document = agreements.document(user, agreementId);
        Meeting meeting = meetings.findByIdAndAgreementId(meetingId, agreementId)
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        AgreementParts parts = AgreementParts.of(document);
        LocalDate today = LocalDate.now(clock);
        return new MeetingDocument(document.agreement(), meeting.getId(), meeting.getMeetingDate(),
                meeting.getStartTime(), meeting.getPlace(), meeting.plannedOn(today),
                document.steeringGroup().stream().filter(member -> meeting.getAttendeeIds().contains(member.id()))
                        .toList(),
                meeting.getAgenda(), meeting.getNotes(),
                decisions.findByMeetingIdOrderById(meetingId).stream().map(decision -> view(decision, parts))
                        .toList(),
                actionItems.findByMeetingIdOrderByDueDateAscIdAsc(meetingId).stream().map(ActionItem::toView)
                        .toList(),
                today, meeting.getVersion());
    }

    /**
     * The meetings of the year that have taken place (up to today), oldest first, each with its decisions, for an
     * annual report. The document shows that the user may read the agreement. One query.
     */
    public List<HeldMeeting> heldIn(AgreementDocument document, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        AgreementParts parts = AgreementParts.of(document);
        Map<Meeting, List<DecisionView>> held = new LinkedHashMap<>();
        for (Object[] row : meetings.withDecisionsBetween(document.agreement().id(), LocalDate.of(year, 1, 1),
                last.isAfter(today) ? today : last)) {
            List<DecisionView> decided = held.computeIfAbsent((Meeting) row[0], key -> new ArrayList<>());
            if (row[1] instanceof MeetingDecision decision) {
                decided.add(view(decision, parts));
            }
        }
        return held.entrySet().stream().map(entry -> new HeldMeeting(entry.getKey().getId(),
                entry.getKey().getMeetingDate(), entry.getKey().getPlace(), entry.getValue())).toList();
    }

    private static DecisionView view(MeetingDecision decision, AgreementParts parts) {
        DecisionSubject subject = decision.subject();
        return new DecisionView(decision.getId(), decision.getText(), subject,
                subject == null ? null : parts.titleOf(subject));
    }

    /** The meetings section of an agreement page; the caller has checked that the user may read the agreement. */
    public MeetingOverview overview(AgreementView agreement) {
        LocalDate today = LocalDate.now(clock);
        long agreementId = agreement.id();
        Meeting lastHeld = null;
        Meeting next = null;
        long meetingCount = 0;
        long decisionCount = 0;
        for (Object[] row : meetings.lastAndNextWithCounts(agreementId, today)) {
            Meeting meeting = (Meeting) row[0];
            if (meeting.getMeetingDate().isAfter(today)) {
                next = meeting;
            } else {
                lastHeld = meeting;
            }
            meetingCount = ((Number) row[1]).longValue();
            decisionCount = ((Number) row[2]).longValue();
        }
        boolean active = agreement.status() == AgreementStatus.ACTIVE;
        LocalDate lastHeldDate = lastHeld == null ? null : lastHeld.getMeetingDate();
        return new MeetingOverview(agreement,
                lastHeld == null ? null : lastHeld.toSummary(today, 0, 0, 0),
                next == null ? null : next.toSummary(today, 0, 0, 0),
                active && MeetingSchedule.overdue(agreement.meetingRhythm(), lastHeldDate, agreement.periodStart(),
                        today),
                active ? MeetingSchedule.nextDue(agreement.meetingRhythm(), lastHeldDate, agreement.periodStart())
                        : null,
                actionItems.findByAgreementIdAndDoneOnIsNullOrderByDueDateAscIdAsc(agreementId).stream()
                        .map(ActionItem::toView).toList(),
                meetingCount, decisionCount, today);
    }

    /**
     * For a dashboard, about agreements the caller read with {@link AgreementReader#followUpAgreements}: those whose
     * steering group is overdue, the next meeting and the open action items. Three statements, whatever the number
     * of agreements.
     */
    public MeetingAttention attention(List<FollowUpAgreement> followUp) {
        Map<Long, FollowUpAgreement> own = followUp.stream()
                .collect(Collectors.toMap(FollowUpAgreement::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        if (own.isEmpty()) {
            return new MeetingAttention(List.of(), Optional.empty(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<Meeting> upcoming = meetings
                .findByAgreementIdInAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAscIdAsc(own.keySet(),
                        today);
        Optional<NextMeeting> next = upcoming.stream().findFirst()
                .map(meeting -> new NextMeeting(meeting.getId(), meeting.getMeetingDate(), meeting.getStartTime(),
                        meeting.getPlace(), meeting.getAgreementId(), own.get(meeting.getAgreementId()).title()));
        return new MeetingAttention(overdue(own, upcoming, today), next, openActionItems(own, today));
    }

    private List<OpenActionItem> openActionItems(Map<Long, FollowUpAgreement> own, LocalDate today) {
        return actionItems.openWithMeetingDate(own.keySet()).stream().map(row -> {
            ActionItem item = (ActionItem) row[0];
            ActionItemView view = item.toView();
            return new OpenActionItem(view.id(), view.description(), view.ownerName(), view.dueDate(),
                    view.meetingId(), (LocalDate) row[1], item.getAgreementId(),
                    own.get(item.getAgreementId()).title(), view.overdueOn(today));
        }).toList();
    }

    private List<OverdueMeetings> overdue(Map<Long, FollowUpAgreement> own, List<Meeting> upcoming,
                                          LocalDate today) {
        Map<Long, LocalDate> lastHeld = new HashMap<>();
        meetings.lastHeld(own.keySet(), today).forEach(row -> lastHeld.put((Long) row[0], (LocalDate) row[1]));
        Map<Long, Meeting> planned = new HashMap<>();
        upcoming.stream().filter(meeting -> meeting.getMeetingDate().isAfter(today))
                .sorted(Comparator.comparing(Meeting::getMeetingDate).thenComparing(Meeting::getId))
                .forEach(meeting -> planned.putIfAbsent(meeting.getAgreementId(), meeting));
        List<OverdueMeetings> overdue = new ArrayList<>();
        for (FollowUpAgreement agreement : own.values()) {
            LocalDate last = lastHeld.get(agreement.id());
            if (MeetingSchedule.overdue(agreement.meetingRhythm(), last, agreement.periodStart(), today)) {
                Optional<Meeting> next = Optional.ofNullable(planned.get(agreement.id()));
                overdue.add(new OverdueMeetings(agreement.id(), agreement.title(), agreement.meetingRhythm(), last,
                        MeetingSchedule.nextDue(agreement.meetingRhythm(), last, agreement.periodStart()),
                        next.map(Meeting::getId).orElse(null), next.map(Meeting::getMeetingDate).orElse(null)));
            }
        }
        return overdue;
    }

    /**
     * What a dashboard shows about meetings; see {@link #attention}: the agreements whose steering group has not met
     * as often as its rhythm says, the next meeting (today's included) and the action items not yet done, the
     * earliest due first.
     */
    public record MeetingAttention(List<OverdueMeetings> overdue, Optional<NextMeeting> next,
                                   List<OpenActionItem> actionItems) {
    }
}
