package se.samverkan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureUpdateCommand;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.GeographicLevel;
import se.samverkan.indicator.IndicatorCommand;
import se.samverkan.indicator.IndicatorService;
import se.samverkan.indicator.IndicatorSource;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueCommand;
import se.samverkan.indicator.ValueService;
import se.samverkan.meeting.ActionItemCommand;
import se.samverkan.meeting.ActionOwner;
import se.samverkan.meeting.MeetingCommand;
import se.samverkan.meeting.MeetingService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;
import se.samverkan.testsupport.TestPledges;

/**
 * The dashboard's follow-up headings, for a municipality of the test's own: each item is there for its reason,
 * links to where it is fixed, and goes once it is fixed.
 */
@IntegrationTest
class DashboardFollowUpTest {

    @Autowired MockMvc mvc;
    @Autowired AccountService accountService;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired FocusAreaService focusAreas;
    @Autowired GoalService goals;
    @Autowired MeasureService measures;
    @Autowired SignatoryService signatories;
    @Autowired SteeringGroupService steeringGroup;
    @Autowired MeasureFollowUp measureFollowUp;
    @Autowired MeetingService meetings;
    @Autowired IndicatorService indicators;
    @Autowired ValueService values;
    @Autowired AgreementReader agreementReader;
    @Autowired PledgeService pledgeService;
    @Autowired CommitmentService commitments;
    @Autowired PledgeSignatoryService pledgeSignatories;

    TestFollowUp fixture;
    MockHttpSession session;
    LocalDate today = LocalDate.now();
    long agreementId;
    long pastEnd;
    long silent;
    long goalId;

    @BeforeEach
    void anActiveAgreementSixMonthsOld() throws Exception {
        Accounts accounts = new Accounts(accountService, organisations);
        fixture = new TestFollowUp(new TestAgreements(accounts, users, agreements, organisations), organisations,
                agreements, focusAreas, goals, measures, signatories, steeringGroup);
        session = Accounts.logIn(mvc, fixture.coordinator.getUsername(), Accounts.PASSWORD);
        agreementId = fixture.active("Trygg i Dashboardkommun", today.minusMonths(6));
        long areaId = fixture.focusArea(agreementId, "Trygghet i centrum");
        goalId = fixture.goal(agreementId, areaId, "Färre känner sig otrygga");
        pastEnd = fixture.measure(agreementId, areaId, "Belysning i parken", MeasureStatus.ONGOING,
                today.minusDays(3));
        silent = fixture.measure(agreementId, areaId, "Trygghetsvandringar", MeasureStatus.ONGOING, null);
        fixture.measure(agreementId, areaId, "Klotterplank", MeasureStatus.DONE, today.minusDays(20));
    }

    /** A yearly indicator of the agreement, without a baseline or any value. */
    private long yearlyIndicator() {
        return indicators.create(fixture.coordinator, agreementId, new IndicatorCommand(
                "Andel som känner sig otrygga", "%", IndicatorSource.OWN_SURVEY, Direction.LOWER_IS_BETTER,
                GeographicLevel.MUNICIPALITY, null, Frequency.YEAR, null, null, new BigDecimal("20"),
                Period.year(today.getYear() + 2), null, Set.of(goalId), 0));
    }

    private Document dashboard(MockHttpSession as) throws Exception {
        return Jsoup.parse(mvc.perform(get("/oversikt").session(as)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void measuresPastTheirEndOrSilentFor60DaysAreListedWithTheirMeasurePage() throws Exception {
        Document page = dashboard(session);
        String measurePage = "/overenskommelser/" + agreementId + "/atgarder/";

        assertThat(page.select("#measuresPastEnd a").eachAttr("href")).contains(measurePage + pastEnd);
        assertThat(page.select("#measuresPastEnd").text()).contains("Belysning i parken", today.minusDays(3).toString())
                .doesNotContain("Klotterplank");
        assertThat(page.select("#measuresSilent a").eachAttr("href")).contains(measurePage + silent);
        assertThat(page.select("#measuresSilent").text()).contains("Aldrig uppdaterad");

        measureFollowUp.record(fixture.coordinator, agreementId, silent,
                new MeasureUpdateCommand(today, MeasureStatus.ONGOING, null, "Två vandringar i november."));

        assertThat(dashboard(session).select("#measuresSilent").text()).doesNotContain("Trygghetsvandringar");
    }

    @Test
    void anOverdueMeetingAndOpenActionItemsAreListedUntilTheSteeringGroupMeets() throws Exception {
        Document page = dashboard(session);
        assertThat(page.select("#meetings").text()).contains("Trygg i Dashboardkommun", "skulle ha mötts");
        assertThat(page.select("#meetings a").eachAttr("href"))
                .contains("/overenskommelser/" + agreementId + "/moten/ny");

        long memberId = fixture.member(agreementId, "Sara Styrgrupp");
        long meetingId = meetings.create(fixture.coordinator, agreementId,
                new MeetingCommand(today.minusDays(1), null, null, Set.of(memberId), "Lägesbild", null, 0));
        meetings.addActionItem(fixture.coordinator, agreementId, meetingId, new ActionItemCommand(
                "Bjuda in fastighetsägarna", new ActionOwner(ActionOwner.Kind.MEMBER, memberId), today.plusDays(14)));

        page = dashboard(session);
        assertThat(page.select("#meetings").text()).doesNotContain("skulle ha mötts");
        assertThat(page.select("#actionItems").text()).contains("Bjuda in fastighetsägarna", "Sara Styrgrupp",
                today.plusDays(14).toString());
        assertThat(page.select("#actionItems a").eachAttr("href"))
                .contains("/overenskommelser/" + agreementId + "/moten/" + meetingId);
    }

    @Test
    void anIndicatorWithoutAValueForItsLastCompletedPeriodIsListedUntilTheValueIsEntered() throws Exception {
        long indicatorId = yearlyIndicator();
        Period lastYear = Period.lastCompleted(Frequency.YEAR, today);

        Document page = dashboard(session);
        assertThat(page.select("#indicators").text()).contains("Andel som känner sig otrygga",
                "Värde saknas för " + lastYear.label(java.util.Locale.forLanguageTag("sv")));
        assertThat(page.select("#indicators a").eachAttr("href")).contains(
                "/overenskommelser/" + agreementId + "/indikatorer/" + indicatorId + "/varden/ny");

        values.add(fixture.coordinator, agreementId, indicatorId,
                new ValueCommand(lastYear, new BigDecimal("24"), null, null, null, null, null, 0));

        assertThat(dashboard(session).select("#indicators").text()).doesNotContain("Andel som känner sig otrygga");
    }

    @Test
    void aReaderOfTheSameMunicipalitySeesTheItemsAndAnotherMunicipalityDoesNot() throws Exception {
        MockHttpSession reader = Accounts.logIn(mvc, fixture.user(Role.READER).getUsername(), Accounts.PASSWORD);
        assertThat(dashboard(reader).select("#measuresPastEnd").text()).contains("Belysning i parken");

        Accounts accounts = new Accounts(accountService, organisations);
        MockHttpSession stranger = Accounts.logIn(mvc, accounts.create(Role.COORDINATOR, "sollentuna"),
                Accounts.PASSWORD);
        Document page = dashboard(stranger);
        assertThat(page.text()).doesNotContain("Belysning i parken", "Trygg i Dashboardkommun");
    }

    @Test
    void whoMayNotWriteGetsTheReadPagesAndAPlannedMeetingIsLinkedFromTheOverdueItem() throws Exception {
        long indicatorId = yearlyIndicator();
        long pledgeId = new TestPledges(agreementReader, pledgeService, commitments, pledgeSignatories)
                .published(fixture.coordinator, agreementId, "Trygg i centrum", today.minusMonths(5),
                        today.minusMonths(4));
        String base = "/overenskommelser/" + agreementId;
        String sections = "#meetings a, #indicators a, #pledges a";

        for (Role role : List.of(Role.READER, Role.STEERING_GROUP)) {
            MockHttpSession reading = Accounts.logIn(mvc, fixture.user(role).getUsername(), Accounts.PASSWORD);
            List<String> links = dashboard(reading).select(sections).eachAttr("href");
            assertThat(links).as(role.name()).contains(base + "/moten", base + "/indikatorer/" + indicatorId,
                    "/loften/" + pledgeId).noneMatch(href -> href.endsWith("/ny") || href.endsWith("/resultat"));
            for (String link : links) {
                mvc.perform(get(link).session(reading)).andExpect(status().isOk());
            }
        }
        assertThat(dashboard(session).select(sections).eachAttr("href")).contains(base + "/moten/ny",
                base + "/indikatorer/" + indicatorId + "/varden/ny", "/loften/" + pledgeId + "/uppdateringar/ny");

        long memberId = fixture.member(agreementId, "Sara Styrgrupp");
        long planned = meetings.create(fixture.coordinator, agreementId,
                new MeetingCommand(today.plusDays(7), null, null, Set.of(memberId), "Lägesbild", null, 0));
        Document page = dashboard(session);
        assertThat(page.select("#meetings a").eachAttr("href")).contains(base + "/moten/" + planned)
                .doesNotContain(base + "/moten/ny");
        assertThat(page.select("#meetings").text()).contains("skulle ha mötts",
                "Nästa möte är planerat " + today.plusDays(7));
    }
}
