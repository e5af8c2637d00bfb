package se.samverkan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.FocusAreaRef;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.security.SamverkanUser;
import se.samverkan.situation.CitationChoice;
import se.samverkan.situation.HotspotCommand;
import se.samverkan.situation.Period;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.PictureCommand;
import se.samverkan.situation.PictureFilter;
import se.samverkan.situation.PictureSummary;
import se.samverkan.situation.SituationReader;
import se.samverkan.situation.SituationService;

/**
 * Adds Tranemo's monthly situational pictures of the last twelve months (the month before this one and the eleven
 * before it) that are missing, through the situation services. A picture counts as present when the municipality
 * has one for that month; a new one gets its hotspots, and the newest ones are cited by the focus areas and the
 * pledge. Each picture is made in one transaction.
 */
@Component
@Profile("demo")
class DemoSituationLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoSituationLoader.class);

    private final UserDetailsService users;
    private final SituationReader reader;
    private final SituationService pictures;
    private final AgreementReader agreements;
    private final PledgeReader pledges;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoSituationLoader(UserDetailsService users, SituationReader reader, SituationService pictures,
                        AgreementReader agreements, PledgeReader pledges, Clock clock,
                        PlatformTransactionManager transactionManager) {
        this.users = users;
        this.reader = reader;
        this.pictures = pictures;
        this.agreements = agreements;
        this.pledges = pledges;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Needs the demo organisations, accounts, agreements and pledges. */
    void load(Map<String, Long> organisationIds) {
        SamverkanUser coordinator = (SamverkanUser) users.loadUserByUsername(DemoSituations.COORDINATOR);
        long municipalityId = organisationIds.get(DemoSituations.MUNICIPALITY);
        Set<Long> compilers = DemoSituations.COMPILERS.stream().map(organisationIds::get).collect(Collectors.toSet());
        Set<Period> present = presentIn(coordinator, municipalityId);
        Period oldest = Period.containing(PeriodType.MONTH, LocalDate.now(clock)).previous();
        for (int back = 1; back < DemoSituations.MONTHS; back++) {
            oldest = oldest.previous();
        }
        List<String> citing = citing(coordinator, municipalityId);
        Period period = oldest;
        for (int index = 0; index < DemoSituations.MONTHS; index++, period = period.next()) {
            if (present.contains(period)) {
                continue;
            }
            int monthIndex = index;
            Period month = period;
            boolean cited = index >= DemoSituations.MONTHS - DemoSituations.CITED_PICTURES;
            transaction.executeWithoutResult(status -> create(coordinator, municipalityId, compilers, month,
                    monthIndex, cited ? citing : List.of()));
            log.info("Demo situational picture added: {}", month.label());
        }
    }

    private void create(SamverkanUser coordinator, long municipalityId, Set<Long> compilers, Period period,
                        int monthIndex, List<String> citing) {
        long id = pictures.create(coordinator, municipalityId, new PictureCommand(period, compilers,
                DemoSituations.summary(monthIndex), 0));
        for (DemoSituations.Place place : DemoSituations.placesOf(monthIndex)) {
            pictures.addHotspot(coordinator, id, new HotspotCommand(place.name(), place.latitude(),
                    place.longitude(), place.category(), place.counts()[monthIndex], place.actions(), 0));
        }
        citing.forEach(choice -> pictures.cite(coordinator, id, choice));
    }

    /** The citation choices of the demo's focus areas and pledge, as far as they exist. */
    private List<String> citing(SamverkanUser coordinator, long municipalityId) {
        List<String> choices = new ArrayList<>();
        for (FocusAreaRef area : agreements.focusAreas(coordinator, municipalityId)) {
            if (area.agreementTitle().equals(DemoSituations.AGREEMENT_TITLE)
                    && DemoSituations.CITING_FOCUS_AREAS.contains(area.title())) {
                choices.add(CitationChoice.FOCUS_AREA + area.id());
            }
        }
        pledges.list(coordinator, new PledgeFilter(municipalityId, null, null, null), null, PageRequest.of(0, 100))
                .stream().filter(pledge -> pledge.title().equals(DemoSituations.CITING_PLEDGE))
                .map(PledgeSummary::id).forEach(id -> choices.add(CitationChoice.PLEDGE + id));
        return choices;
    }

    private Set<Period> presentIn(SamverkanUser coordinator, long municipalityId) {
        PictureFilter filter = new PictureFilter(municipalityId, PeriodType.MONTH, null);
        Set<Period> periods = new HashSet<>();
        Page<PictureSummary> page = reader.list(coordinator, filter, PageRequest.of(0, 100));
        page.forEach(picture -> periods.add(picture.period()));
        while (page.hasNext()) {
            page = reader.list(coordinator, filter, page.nextPageable());
            page.forEach(picture -> periods.add(picture.period()));
        }
        return periods;
    }
}
