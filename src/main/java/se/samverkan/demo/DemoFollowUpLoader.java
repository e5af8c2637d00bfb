package se.samverkan.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementDocument;
import se.samverkan.agreement.AgreementDocument.FocusAreaSection;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasureUpdateCommand;
import se.samverkan.agreement.SteeringGroupMemberView;
import se.samverkan.meeting.ActionItemCommand;
import se.samverkan.meeting.ActionOwner;
import se.samverkan.meeting.DecisionCommand;
import se.samverkan.meeting.DecisionSubject;
import se.samverkan.meeting.MeetingCommand;
import se.samverkan.meeting.MeetingReader;
import se.samverkan.meeting.MeetingService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.security.SamverkanUser;

/**
 * Adds the demo follow-up through the services, as the municipality's coordinator: status updates on measures that
 * have none, and the Tranemo steering group's meetings when the agreement has none. Only active agreements are
 * followed up, so an agreement that has ended gets nothing; running it again adds nothing.
 */
@Component
@Profile("demo")
class DemoFollowUpLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoFollowUpLoader.class);

    private final UserDetailsService users;
    private final OrganisationService organisations;
    private final AgreementReader agreements;
    private final MeasureFollowUp followUp;
    private final MeetingReader meetingReader;
    private final MeetingService meetings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFollowUpLoader(UserDetailsService users, OrganisationService organisations, AgreementReader agreements,
                       MeasureFollowUp followUp, MeetingReader meetingReader, MeetingService meetings,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.agreements = agreements;
        this.followUp = followUp;
        this.meetingReader = meetingReader;
        this.meetings = meetings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Needs the demo agreements; {@link DemoDataLoader} calls it after loading them. */
    void load() {
        for (DemoAgreement demo : DemoAgreements.ALL) {
            List<DemoMeetings.Update> updates = switch (demo.title()) {
                case DemoAgreements.TRANEMO_TITLE -> DemoMeetings.TRANEMO_UPDATES;
                case DemoAgreements.SOLLENTUNA_TITLE -> DemoMeetings.SOLLENTUNA_UPDATES;
                default -> List.of();
            };
            List<DemoMeetings.Meeting> demoMeetings = demo.title().equals(DemoAgreements.TRANEMO_TITLE)
                    ? DemoMeetings.TRANEMO_MEETINGS : List.of();
            if (updates.isEmpty() && demoMeetings.isEmpty()) {
                continue;
            }
            SamverkanUser coordinator = (SamverkanUser) users.loadUserByUsername(demo.coordinatorEmail());
            AgreementSummary agreement = activeByTitle(coordinator, demo.title());
            if (agreement == null) {
                continue;
            }
            transaction.executeWithoutResult(status -> {
                AgreementDocument document = agreements.document(coordinator, agreement.id());
                addUpdates(coordinator, document, updates);
                addMeetings(coordinator, document, demoMeetings);
            });
        }
    }

    private void addUpdates(SamverkanUser coordinator, AgreementDocument document, List<DemoMeetings.Update> updates) {
        Map<String, Long> measureIds = measureIds(document);
        LocalDate today = LocalDate.now(clock);
        for (DemoMeetings.Update update : updates) {
            long measureId = required(measureIds, update.measureTitle());
            if (document.measureLastUpdates().containsKey(measureId)) {
                continue;
            }
            followUp.record(coordinator, document.agreement().id(), measureId, new MeasureUpdateCommand(
                    today.minusDays(update.daysAgo()), update.status(),
                    update.percentDone() == null ? null : BigDecimal.valueOf(update.percentDone()),
                    update.comment()));
            log.info("Demo measure update added: {}", update.measureTitle());
        }
    }

    private void addMeetings(SamverkanUser coordinator, AgreementDocument document,
                             List<DemoMeetings.Meeting> demoMeetings) {
        long agreementId = document.agreement().id();
        if (demoMeetings.isEmpty()
                || meetingReader.list(coordinator, agreementId, Pageable.ofSize(1)).getTotalElements() > 0) {
            return;
        }
        Map<String, Long> members = document.steeringGroup().stream()
                .collect(Collectors.toMap(SteeringGroupMemberView::name, SteeringGroupMemberView::id));
        Map<String, Long> parties = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::slug, OrganisationView::id));
        Map<String, Long> measureIds = measureIds(document);
        Map<String, Long> focusAreaIds = document.focusAreas().stream().map(FocusAreaSection::focusArea)
                .collect(Collectors.toMap(area -> area.title(), area -> area.id()));
        LocalDate today = LocalDate.now(clock);
        for (DemoMeetings.Meeting demo : demoMeetings) {
            LocalDate date = today.withDayOfMonth(1).minusMonths(demo.monthsAgo()).plusDays(9);
            if (demo.monthsAgo() >= 0 && date.isAfter(today)) {
                date = today;
            }
            Set<Long> attendees = demo.attendees().stream().map(name -> required(members, name))
                    .collect(Collectors.toSet());
            long meetingId = meetings.create(coordinator, agreementId, new MeetingCommand(date, null, demo.place(),
                    attendees, demo.agenda(), demo.notes(), 0));
            for (DemoMeetings.Decision decision : demo.decisions()) {
                DecisionSubject subject = decision.kind() == null ? null : new DecisionSubject(decision.kind(),
                        required(decision.kind() == DecisionSubject.Kind.MEASURE ? measureIds : focusAreaIds,
                                decision.title()));
                meetings.addDecision(coordinator, agreementId, meetingId, new DecisionCommand(decision.text(), subject));
            }
            for (DemoMeetings.Action action : demo.actions()) {
                ActionOwner owner = members.containsKey(action.owner())
                        ? new ActionOwner(ActionOwner.Kind.MEMBER, members.get(action.owner()))
                        : new ActionOwner(ActionOwner.Kind.ORGANISATION, required(parties, action.owner()));
                long itemId = meetings.addActionItem(coordinator, agreementId, meetingId, new ActionItemCommand(
                        action.description(), owner, date.plusDays(action.dueAfterDays())));
                if (action.doneAfterDays() != null) {
                    LocalDate doneOn = date.plusDays(action.doneAfterDays());
                    meetings.markDone(coordinator, agreementId, meetingId, itemId,
                            doneOn.isAfter(today) ? today : doneOn, 0);
                }
            }
        }
        log.info("Demo steering-group meetings added: {}", document.agreement().title());
    }

    private static Map<String, Long> measureIds(AgreementDocument document) {
        Map<String, Long> ids = new HashMap<>();
        document.focusAreas().forEach(section -> section.measures().forEach(m -> ids.put(m.title(), m.id())));
        document.overarchingMeasures().forEach(measure -> ids.put(measure.title(), measure.id()));
        return ids;
    }

    private AgreementSummary activeByTitle(SamverkanUser coordinator, String title) {
        return agreements.list(coordinator, new AgreementFilter(null, AgreementStatus.ACTIVE, null),
                        PageRequest.of(0, 100)).stream()
                .filter(agreement -> agreement.title().equals(title)).findFirst().orElse(null);
    }

    /** The id for a key of the data; a key without an id is a mistake in the data, not something to skip. */
    private static Long required(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo follow-up refers to unknown " + key);
        }
        return id;
    }
}
