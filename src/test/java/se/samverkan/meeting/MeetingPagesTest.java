package se.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;

/** Steering-group meeting pages over MockMvc on real PostgreSQL: writing, references, access, the overdue flag. */
@IntegrationTest
class MeetingPagesTest {

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
    @Autowired MeetingService meetings;
    @Autowired MeetingReader reader;
    @Autowired AgreementReader agreementReader;
    @Autowired JdbcClient jdbc;

    Accounts accounts;
    TestFollowUp fixture;
    SamverkanUser coordinator;
    MockHttpSession session;
    LocalDate today = LocalDate.now();
    long agreementId;
    long memberId;
    long goalId;
    long measureId;
    String base;

    @BeforeEach
    void anActiveAgreementWithASteeringGroup() throws Exception {
        accounts = new Accounts(accountService, organisations);
        fixture = new TestFollowUp(new TestAgreements(accounts, users, agreements, organisations), organisations,
                agreements, focusAreas, goals, measures, signatories, steeringGroup);
        coordinator = fixture.coordinator;
        session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        agreementId = fixture.active("Trygg i Testkommun", today.minusMonths(6));
        memberId = fixture.member(agreementId, "Maja Styrman");
        long areaId = fixture.focusArea(agreementId, "Trygghet i centrum");
        goalId = fixture.goal(agreementId, areaId, "Fler känner sig trygga");
        measureId = fixture.measure(agreementId, areaId, "Trygghetsvandring", MeasureStatus.ONGOING, null);
        base = "/overenskommelser/" + agreementId + "/moten";
    }

    private long meeting(LocalDate date) {
        return meetings.create(coordinator, agreementId,
                new MeetingCommand(date, null, "Kommunhuset", Set.of(memberId), "1. Lägesbild", null, 0));
    }

    private MockHttpSession session(Role role, String organisation) throws Exception {
        return Accounts.logIn(mvc, accounts.create(role, organisation), Accounts.PASSWORD);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void aCoordinatorRecordsAHeldMeetingAndPlansTheNextWhichComesFirstInTheList() throws Exception {
        mvc.perform(post(base + "/ny").session(session).with(csrf())
                        .param("meetingDate", today.minusDays(3).toString()).param("meetingTime", "13:30")
                        .param("meetingPlace", "Kommunhuset").param("attendeeIds", String.valueOf(memberId))
                        .param("agenda", "1. Lägesbild\n2. Åtgärder").param("meetingNotes", "Vi gick igenom läget."))
                .andExpect(redirectedUrlPattern(base + "/*"));
        mvc.perform(post(base + "/ny").session(session).with(csrf())
                        .param("meetingDate", today.plusWeeks(3).toString()))
                .andExpect(redirectedUrlPattern(base + "/*"));

        Document list = page(base);
        assertThat(list.select("tbody tr")).hasSize(2);
        assertThat(list.select("tbody tr").get(0).text()).contains(today.plusWeeks(3).toString(), "Planerat");
        assertThat(list.select("tbody tr").get(1).text()).contains(today.minusDays(3) + " 13:30", "Genomfört");

        String showUrl = list.select("tbody tr").get(1).select("a").attr("href");
        Document show = page(showUrl);
        assertThat(show.select("h1").text()).isEqualTo("Styrgruppsmöte " + today.minusDays(3));
        assertThat(show.text()).contains("Maja Styrman", "Kommunhuset", "2. Åtgärder", "Vi gick igenom läget.");
    }

    @Test
    void badInputIsExplainedAndAttendeesMustBelongToTheSteeringGroup() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post(base + "/ny").session(session).with(csrf())
                        .param("meetingDate", "").param("meetingTime", "25:99"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "meetingDate", "meetingTime"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Fel: ");
        assertThat(page.select("#error-summary").text()).contains("Ange mötets datum", "TT:MM");

        long otherAgreement = fixture.active("Annan överenskommelse", today.minusMonths(2));
        long otherMember = fixture.member(otherAgreement, "Annan Ledamot");
        mvc.perform(post(base + "/ny").session(session).with(csrf())
                        .param("meetingDate", today.toString()).param("attendeeIds", String.valueOf(otherMember)))
                .andExpect(model().attributeHasFieldErrorCode("form", "attendeeIds", "meeting.attendees.unknown"));
        assertThat(reader.list(coordinator, agreementId, Pageable.ofSize(10)).getTotalElements()).isZero();
    }

    @Test
    void theSecondOfTwoConflictingEditsGetsA409WithItsInput() throws Exception {
        long id = meeting(today.minusDays(1));
        mvc.perform(post(base + "/" + id + "/redigera").session(session).with(csrf())
                        .param("meetingDate", today.minusDays(1).toString()).param("meetingPlace", "Först")
                        .param("version", "0"))
                .andExpect(redirectedUrl(base + "/" + id));
        Document page = Jsoup.parse(mvc.perform(post(base + "/" + id + "/redigera").session(session).with(csrf())
                        .param("meetingDate", today.minusDays(1).toString()).param("meetingPlace", "Min ändring")
                        .param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#meetingPlace").val()).isEqualTo("Min ändring");
        assertThat(page.select(".field__current").text()).contains("Först");
    }

    @Test
    void aDecisionMayConcernOnlyAPartOfTheSameAgreement() throws Exception {
        long id = meeting(today.minusDays(1));
        long otherAgreement = fixture.active("Annan överenskommelse", today.minusMonths(2));
        long otherGoal = fixture.goal(otherAgreement, null, "Någon annans mål");
        String url = base + "/" + id + "/beslut/ny";
        for (String subject : List.of("goal-" + otherGoal, "goal-abc", "planet-3", "measure-987654321")) {
            mvc.perform(post(url).session(session).with(csrf()).param("decisionText", "Beslut")
                            .param("decisionSubject", subject))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "decisionSubject",
                            "meetingDecision.subject.unknown"));
        }
        assertThat(page(url).select("optgroup option").eachAttr("value"))
                .contains("goal-" + goalId, "measure-" + measureId).doesNotContain("goal-" + otherGoal);

        mvc.perform(post(url).session(session).with(csrf()).param("decisionText", "Fler vandringar i centrum")
                        .param("decisionSubject", "measure-" + measureId))
                .andExpect(redirectedUrlPattern(base + "/" + id + "#beslut-*"));
        Document show = page(base + "/" + id);
        assertThat(show.select("#beslut").text()).contains("Fler vandringar i centrum", "Gäller åtgärden",
                "Trygghetsvandring");
        String removeUrl = show.select("#beslut a[href$=/ta-bort]").attr("href");
        assertThat(page(removeUrl).text()).contains("Fler vandringar i centrum");
        mvc.perform(post(removeUrl).session(session).with(csrf())).andExpect(redirectedUrl(base + "/" + id + "#beslut"));
        assertThat(reader.get(coordinator, agreementId, id).decisions()).isEmpty();
    }

    @Test
    void aPlannedMeetingGetsNoDecisionsOrActionItemsYet() throws Exception {
        long planned = meeting(today.plusDays(10));
        mvc.perform(get(base + "/" + planned + "/beslut/ny").session(session)).andExpect(status().isConflict());
        mvc.perform(post(base + "/" + planned + "/atgardspunkter/ny").session(session).with(csrf())
                        .param("actionDescription", "x").param("actionOwner", "member-" + memberId)
                        .param("actionDueDate", today.plusDays(20).toString()))
                .andExpect(status().isConflict());
        assertThat(page(base + "/" + planned).text()).contains("Beslut registreras när mötet har hållits");
    }

    @Test
    void aMeetingWithDecisionsOrActionItemsCannotMoveToAFutureDate() throws Exception {
        long withDecision = meeting(today.minusDays(3));
        meetings.addDecision(coordinator, agreementId, withDecision, new DecisionCommand("Fler vandringar", null));
        long withItem = meeting(today.minusDays(2));
        meetings.addActionItem(coordinator, agreementId, withItem, new ActionItemCommand("Byta belysning",
                new ActionOwner(ActionOwner.Kind.MEMBER, memberId), today.plusDays(10)));
        for (long id : List.of(withDecision, withItem)) {
            mvc.perform(post(base + "/" + id + "/redigera").session(session).with(csrf())
                            .param("meetingDate", today.plusDays(5).toString()).param("version", "0"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "meetingDate", "meeting.date.hasOutcomes"));
            assertThat(reader.get(coordinator, agreementId, id).planned()).isFalse();
        }
        // Without decisions or action items, a meeting may still be moved forward.
        long bare = meeting(today.minusDays(1));
        mvc.perform(post(base + "/" + bare + "/redigera").session(session).with(csrf())
                        .param("meetingDate", today.plusDays(5).toString()).param("version", "0"))
                .andExpect(redirectedUrl(base + "/" + bare));
    }

    @Test
    void anActionItemOfAMeetingNotHeldIsRefusedAsAConflictAndOffersNoMarkDone() throws Exception {
        long id = meeting(today.minusDays(2));
        long item = meetings.addActionItem(coordinator, agreementId, id, new ActionItemCommand("Byta belysning",
                new ActionOwner(ActionOwner.Kind.MEMBER, memberId), today.plusDays(10)));
        // Data from before moving such a meeting was refused.
        jdbc.sql("update meeting set meeting_date = ? where id = ?").params(today.plusDays(5), id).update();
        assertThat(page(base + "/" + id).text()).contains("Byta belysning").doesNotContain("Markera som klar");
        mvc.perform(post(base + "/" + id + "/atgardspunkter/" + item + "/klar").session(session).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mötet har inte hållits än")));
    }

    @Test
    void actionItemsHaveAnOwnerFromTheAgreementAndAreMarkedDoneOnce() throws Exception {
        long id = meeting(today.minusDays(40));
        String url = base + "/" + id + "/atgardspunkter/ny";
        mvc.perform(post(url).session(session).with(csrf()).param("actionDescription", "Byta belysning")
                        .param("actionOwner", "member-987654321").param("actionDueDate", today.toString()))
                .andExpect(model().attributeHasFieldErrorCode("form", "actionOwner", "actionItem.owner.unknown"));
        mvc.perform(post(url).session(session).with(csrf()).param("actionDescription", "Byta belysning")
                        .param("actionOwner", "member-" + memberId)
                        .param("actionDueDate", today.minusDays(41).toString()))
                .andExpect(model().attributeHasFieldErrorCode("form", "actionDueDate",
                        "actionItem.dueDate.beforeMeeting"));
        mvc.perform(post(url).session(session).with(csrf()).param("actionDescription", " ")
                        .param("actionOwner", "").param("actionDueDate", ""))
                .andExpect(model().attributeHasFieldErrors("form", "actionDescription", "actionOwner",
                        "actionDueDate"));

        long overdue = meetings.addActionItem(coordinator, agreementId, id, new ActionItemCommand("Byta belysning",
                new ActionOwner(ActionOwner.Kind.MEMBER, memberId), today.minusDays(10)));
        meetings.addActionItem(coordinator, agreementId, id, new ActionItemCommand("Bjuda in skolan",
                new ActionOwner(ActionOwner.Kind.ORGANISATION, fixture.organisationId()), today.plusDays(10)));
        assertThat(attention().actionItems()).extracting(OpenActionItem::description, OpenActionItem::overdue)
                .containsExactly(Tuple.tuple("Byta belysning", true),
                        Tuple.tuple("Bjuda in skolan", false));
        assertThat(attention().actionItems().get(1).ownerName()).startsWith("Testkommun");
        Document show = page(base + "/" + id);
        assertThat(show.select("#atgardspunkt-" + overdue).text()).contains("Maja Styrman", "Försenad");

        String done = base + "/" + id + "/atgardspunkter/" + overdue + "/klar";
        mvc.perform(post(done).session(session).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrlPattern(base + "/" + id + "#atgardspunkt-*"));
        mvc.perform(post(done).session(session).with(csrf()).param("version", "1"))
                .andExpect(status().isConflict());
        mvc.perform(post(done).session(session).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(page(base + "/" + id).select("#atgardspunkt-" + overdue).text()).contains("Klar " + today);
        assertThat(attention().actionItems()).extracting(OpenActionItem::description)
                .containsExactly("Bjuda in skolan");
    }

    @Test
    void theAgreementPageFlagsAnOverdueMeetingByTheRhythmAndTheDashboardListsIt() throws Exception {
        long last = meeting(today.minusMonths(1).minusDays(2));
        assertThat(page("/overenskommelser/" + agreementId).select("#moten .notice--warning").text())
                .contains("försenat", today.minusMonths(1).minusDays(2).toString());
        assertThat(attention().overdue()).singleElement()
                .satisfies(overdue -> assertThat(overdue.lastHeld()).isEqualTo(today.minusMonths(1).minusDays(2)));
        assertThat(attention().next()).isEmpty();

        long next = meeting(today.plusDays(5));
        assertThat(attention().next()).get().extracting(NextMeeting::meetingId).isEqualTo(next);
        meeting(today.minusDays(1));
        Document agreementPage = page("/overenskommelser/" + agreementId);
        assertThat(agreementPage.select("#moten .notice--warning")).isEmpty();
        assertThat(agreementPage.select("#moten").text()).contains(today.minusDays(1).toString(),
                today.plusDays(5).toString(), "Möten: 3.");
        assertThat(attention().overdue()).isEmpty();
        assertThat(last).isPositive();
    }

    @Test
    void anotherMunicipalitysCoordinatorGets404OnEveryPageAndActionAndReadersOnlyRead() throws Exception {
        long id = meeting(today.minusDays(2));
        long decision = meetings.addDecision(coordinator, agreementId, id, new DecisionCommand("Beslut", null));
        long item = meetings.addActionItem(coordinator, agreementId, id, new ActionItemCommand("Punkt",
                new ActionOwner(ActionOwner.Kind.MEMBER, memberId), today.plusDays(3)));
        String meetingUrl = base + "/" + id;
        List<String> pages = List.of(base, base + "/ny", meetingUrl, meetingUrl + "/redigera",
                meetingUrl + "/beslut/ny", meetingUrl + "/beslut/" + decision + "/ta-bort",
                meetingUrl + "/atgardspunkter/ny");
        List<MockHttpServletRequestBuilder> posts = List.of(
                post(base + "/ny").param("meetingDate", today.toString()),
                post(meetingUrl + "/redigera").param("meetingDate", today.toString()).param("version", "0"),
                post(meetingUrl + "/beslut/ny").param("decisionText", "Kapat"),
                post(meetingUrl + "/beslut/" + decision + "/ta-bort"),
                post(meetingUrl + "/atgardspunkter/ny").param("actionDescription", "Kapad")
                        .param("actionOwner", "member-" + memberId).param("actionDueDate", today.toString()),
                post(meetingUrl + "/atgardspunkter/" + item + "/klar").param("version", "0"));

        MockHttpSession trelleborg = session(Role.COORDINATOR, "trelleborg");
        for (String url : pages) {
            mvc.perform(get(url).session(trelleborg)).andExpect(status().isNotFound());
        }
        for (MockHttpServletRequestBuilder request : posts) {
            mvc.perform(request.session(trelleborg).with(csrf())).andExpect(status().isNotFound());
        }

        MockHttpSession readerSession = session(Role.READER, fixture.municipalitySlug);
        mvc.perform(get(base).session(readerSession)).andExpect(status().isOk());
        Document show = Jsoup.parse(mvc.perform(get(meetingUrl).session(readerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(show.select("a[href$=/redigera], form[action$=/klar]")).isEmpty();
        for (String url : pages.subList(3, pages.size())) {
            mvc.perform(get(url).session(readerSession)).andExpect(status().isForbidden());
        }
        for (MockHttpServletRequestBuilder request : posts) {
            mvc.perform(request.session(readerSession).with(csrf())).andExpect(status().isForbidden());
        }
        MockHttpSession steering = session(Role.STEERING_GROUP, fixture.municipalitySlug);
        mvc.perform(get(meetingUrl).session(steering)).andExpect(status().isOk());
        mvc.perform(post(meetingUrl + "/beslut/ny").session(steering).with(csrf()).param("decisionText", "x"))
                .andExpect(status().isForbidden());

        MeetingDocument unchanged = reader.get(coordinator, agreementId, id);
        assertThat(unchanged.decisions()).hasSize(1);
        assertThat(unchanged.actionItems()).allSatisfy(action -> assertThat(action.done()).isFalse());
        assertThat(reader.list(coordinator, agreementId, Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
    }

    /** What the coordinator's dashboard shows about meetings. */
    private MeetingReader.MeetingAttention attention() {
        return reader.attention(agreementReader.followUpAgreements(coordinator));
    }
}
