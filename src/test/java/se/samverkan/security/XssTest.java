package se.samverkan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.account.AccountChangeCommand;
import se.samverkan.account.AccountService;
import se.samverkan.account.AccountView;
import se.samverkan.account.Role;
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.FocusAreaCommand;
import se.samverkan.agreement.FocusAreaService;
import se.samverkan.agreement.GoalCommand;
import se.samverkan.agreement.GoalService;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureCommand;
import se.samverkan.agreement.MeasureFollowUp;
import se.samverkan.agreement.MeasureService;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.agreement.MeasureUpdateCommand;
import se.samverkan.agreement.MeetingRhythm;
import se.samverkan.agreement.SignatoryCommand;
import se.samverkan.agreement.SignatoryService;
import se.samverkan.agreement.SteeringGroupMemberCommand;
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
import se.samverkan.meeting.DecisionCommand;
import se.samverkan.meeting.MeetingCommand;
import se.samverkan.meeting.MeetingService;
import se.samverkan.organisation.OrganisationCommand;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.pledge.CommitmentCommand;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.PledgeCommand;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.ProgressUpdateService;
import se.samverkan.pledge.ResultCommand;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.report.PresentationCommand;
import se.samverkan.report.Recipient;
import se.samverkan.report.ReportService;
import se.samverkan.report.SectionCommand;
import se.samverkan.report.SectionKey;
import se.samverkan.situation.HotspotCategory;
import se.samverkan.situation.HotspotCommand;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.PictureCommand;
import se.samverkan.situation.SituationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.TestAgreements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text field of every form, filled with XSS payloads (through the services the forms call), then every staff
 * and public page that shows them, found by following the links from the agreement, pledge, situational picture,
 * administration and public pages: nothing of a payload becomes an element or attribute, no {@code on*}
 * attribute, no {@code javascript:} URL, no inline script, no template expression evaluated, and the payloads are
 * shown as the text they are. The CSV, Atom and JSON outputs are checked for their own formats. Everything is
 * written in the test's transaction (MockMvc runs in the same thread) and rolled back.
 */
@IntegrationTest
@Transactional
class XssTest {

    /** A marker attribute on every element a payload tries to create, so that any such element can be found. */
    static final String MARKER = "data-xss";

    /** For columns of up to 40 characters. */
    static final String TINY = "\"><svg data-xss onload=alert(1)>";

    /** For columns of up to 200 characters. */
    static final String SHORT = "=2+3\"><img data-xss src=x onerror=alert(1)><script data-xss>alert(2)</script>"
            + "'><svg data-xss onload=alert(3)>[x](javascript:alert(4))[[${'xss'+'evaluated'}]]";

    /** For texts of 1 000 characters or more, Markdown ones among them. */
    static final String LONG = SHORT + "\n\n<iframe data-xss src=\"javascript:alert(5)\"></iframe>"
            + "<a data-xss href=\"javascript:alert(6)\">länk</a></textarea></title><script data-xss>alert(7)</script>"
            + "<style data-xss>*{}</style><div data-xss style=\"color:red\">x</div> ${'xss'+'evaluated'} "
            + "__${'xss'+'evaluated'}__\n\n[y](JaVaScRiPt:alert(8)) ![z](javascript:alert(9)) "
            + "<javascript:alert(10)> [w](&#106;avascript:alert(11)) [v]( javascript:alert(12))\n\n"
            + "<details data-xss open ontoggle=alert(13)>d</details><math data-xss><mtext><img data-xss src=x></math>";

    static final String EVALUATED = "xssevaluated";
    static final int MAX_PAGES = 400;

    @Autowired MockMvc mvc;
    @Autowired AccountService accountService;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired FocusAreaService focusAreas;
    @Autowired GoalService goals;
    @Autowired MeasureService measures;
    @Autowired MeasureFollowUp followUp;
    @Autowired SignatoryService signatories;
    @Autowired SteeringGroupService steeringGroup;
    @Autowired PledgeService pledges;
    @Autowired PledgeReader pledgeReader;
    @Autowired CommitmentService commitments;
    @Autowired PledgeSignatoryService pledgeSignatories;
    @Autowired ProgressUpdateService progress;
    @Autowired MeetingService meetings;
    @Autowired IndicatorService indicators;
    @Autowired ValueService values;
    @Autowired SituationService situations;
    @Autowired ReportService reports;

    final int year = LocalDate.now().getYear() - 1;

    /** Every problem found, reported together at the end. */
    final SoftAssertions softly = new SoftAssertions();

    @Test
    void everyTextFieldStaysInertOnEveryPageAndOutputThatShowsIt() throws Exception {
        Made made = fillEveryTextField();
        List<String> showingPayload = new ArrayList<>();

        crawl(user(made.coordinator), showingPayload, Set.of(
                "/overenskommelser/" + made.agreementId, "/loften/" + made.pledgeId,
                "/lagesbilder/" + made.pictureId),
                List.of("/oversikt", "/overenskommelser", "/loften", "/lagesbilder", "/lagesbilder/trend",
                        "/sok?q=xss", "/sok?q=alert", "/overenskommelser/" + made.agreementId,
                        "/overenskommelser/" + made.agreementId + "/historik", "/loften/" + made.pledgeId,
                        "/lagesbilder/" + made.pictureId, "/konto"));
        crawl(user(made.admin), showingPayload, Set.of("/admin/organisationer/" + made.partnerId,
                        "/admin/anvandare/" + made.coordinatorAccountId),
                List.of("/admin/organisationer", "/admin/anvandare",
                        "/admin/organisationer/" + made.partnerId + "/redigera",
                        "/admin/anvandare/" + made.coordinatorAccountId + "/redigera",
                        "/overenskommelser/" + made.agreementId));
        crawl(null, showingPayload, Set.of("/kommuner/" + made.municipalitySlug, made.pledgePublicPath),
                List.of("/", "/medborgarloften", "/kommuner/" + made.municipalitySlug, made.pledgePublicPath,
                        "/kommuner/" + made.municipalitySlug + "/arsrapporter/" + made.agreementId + "-" + year,
                        "/oppna-data"));

        softly.assertThat(showingPayload).as("the pages that show a payload, as text")
                .contains("/overenskommelser/" + made.agreementId, made.pledgePublicPath,
                        "/kommuner/" + made.municipalitySlug, "/lagesbilder/" + made.pictureId,
                        "/overenskommelser/" + made.agreementId + "/historik",
                        "/admin/organisationer/" + made.partnerId + "/redigera",
                        "/kommuner/" + made.municipalitySlug + "/arsrapporter/" + made.agreementId + "-" + year);
        softly.assertThat(showingPayload.size()).as("pages showing a payload").isGreaterThan(20);

        String agreementPath = "/overenskommelser/" + made.agreementId;
        step("report CSV", () -> csvIsSafe(get(agreementPath + "/arsrapporter/" + year + ".csv")
                .with(user(made.coordinator))));
        step("indicator CSV", () -> csvIsSafe(get(agreementPath + "/indikatorer.csv").with(user(made.coordinator))));
        step("open data CSV", () -> csvIsSafe(get("/oppna-data/medborgarloften.csv")));
        // The national feed holds the newest pledges of all municipalities: in the shared test database other tests'
        // pledges may come first, so only the municipality's own feed must show this one.
        step("Atom feed", () -> atomIsSafe("/medborgarloften.atom", false));
        step("municipality's Atom feed",
                () -> atomIsSafe("/kommuner/" + made.municipalitySlug + "/medborgarloften.atom", true));
        step("open data JSON", () -> jsonIsSafe("/oppna-data/medborgarloften.json"));
        softly.assertThat(failures).as("filling the fields and reading the outputs").isEmpty();
        softly.assertAll();
    }

    // ---- The data -------------------------------------------------------------------------------------------

    record Made(se.samverkan.security.SamverkanUser coordinator, se.samverkan.security.SamverkanUser admin,
                long coordinatorAccountId, String municipalitySlug, long partnerId, long agreementId, long pledgeId,
                String pledgePublicPath, long pictureId) {
    }

    private Made fillEveryTextField() {
        Accounts accounts = new Accounts(accountService, organisations);
        TestAgreements test = new TestAgreements(accounts, users, agreements, organisations);
        long unique = System.nanoTime() % 10_000_000;
        String municipalitySlug = "xss-kommun-" + unique;
        long municipality = organisations.create(new OrganisationCommand(OrganisationKind.MUNICIPALITY,
                "Xsskommun " + unique + " " + SHORT.substring(0, 150), municipalitySlug, 0));
        long police = organisations.create(new OrganisationCommand(OrganisationKind.POLICE_AREA,
                "Lokalpolisområde " + unique + TINY, "xss-lpo-" + unique, 0));
        long partner = organisations.create(new OrganisationCommand(OrganisationKind.PARTNER, SHORT,
                "xss-partner-" + unique, 0));

        String coordinatorEmail = test.user(Role.COORDINATOR, municipalitySlug).getUsername();
        AccountView account = accountService.getByEmail(coordinatorEmail);
        accountService.update(account.id(), new AccountChangeCommand(SHORT, municipality, Role.COORDINATOR, true,
                account.version()));
        var coordinator = test.user(coordinatorEmail);
        var municipalityMember = test.user(Role.STEERING_GROUP, municipalitySlug);
        var policeMember = test.user(Role.STEERING_GROUP, "xss-lpo-" + unique);
        var partnerMember = test.user(Role.STEERING_GROUP, "xss-partner-" + unique);

        LocalDate start = LocalDate.of(year, 1, 1);
        long agreementId = agreements.create(coordinator, new AgreementCommand(SHORT, municipality, police,
                Set.of(partner), start, start.plusYears(3).minusDays(1), TINY, LONG, LONG, 0));
        agreements.updateSteeringGroup(coordinator, agreementId, MeetingRhythm.MONTHLY, LONG, 0);
        for (long organisation : List.of(municipality, police, partner)) {
            signatories.create(coordinator, agreementId, new SignatoryCommand(SHORT, SHORT, organisation, start, 0));
        }
        long member = steeringGroup.create(coordinator, agreementId, new SteeringGroupMemberCommand(SHORT, SHORT,
                municipality, 0));
        long area = focusAreas.create(coordinator, agreementId, new FocusAreaCommand(SHORT, LONG, 0));
        long goal = goals.create(coordinator, agreementId, new GoalCommand(area, GoalType.IMPACT, SHORT, LONG,
                new BigDecimal("10"), TINY, null, 0));
        long measure = measures.create(coordinator, agreementId, new MeasureCommand(area, SHORT, LONG,
                MeasureType.SAFETY_WALK, Set.of(municipality, partner), Set.of(goal), SHORT, SHORT, start,
                start.plusYears(2), MeasureStatus.PLANNED, 0));
        agreements.sign(coordinator, agreementId);
        agreements.setPublic(coordinator, agreementId, true);
        followUp.record(coordinator, agreementId, measure, new MeasureUpdateCommand(LocalDate.of(year, 5, 2),
                MeasureStatus.ONGOING, new BigDecimal("40"), LONG));

        step("meeting", () -> {
            long meeting = meetings.create(coordinator, agreementId, new MeetingCommand(LocalDate.of(year, 4, 10), null,
                    SHORT, Set.of(member), LONG, LONG, 0));
            meetings.addDecision(coordinator, agreementId, meeting, new DecisionCommand(LONG, null));
            meetings.addActionItem(coordinator, agreementId, meeting, new ActionItemCommand(LONG,
                    new ActionOwner(ActionOwner.Kind.ORGANISATION, municipality), LocalDate.of(year, 6, 1)));
        });
        step("indicator", () -> {
            long indicator = indicators.create(coordinator, agreementId, new IndicatorCommand(SHORT, TINY,
                    IndicatorSource.NTU, Direction.HIGHER_IS_BETTER, GeographicLevel.AREA, SHORT,
                    Frequency.YEAR, new BigDecimal("50"), Period.year(year - 1), new BigDecimal("70"),
                    Period.year(year + 2), LONG, Set.of(goal), 0));
            values.add(coordinator, agreementId, indicator, new ValueCommand(Period.year(year), new BigDecimal("55"),
                    null, null, null, null, fit(LONG, 990), 0));
        });
        long[] picture = {0};
        step("situation", () -> {
            picture[0] = situations.create(coordinator, municipality, new PictureCommand(
                    se.samverkan.situation.Period.containing(PeriodType.MONTH, LocalDate.of(year, 3, 1)),
                    Set.of(municipality, police), LONG, 0));
            situations.addHotspot(coordinator, picture[0], new HotspotCommand(SHORT, null, null,
                    HotspotCategory.GATHERING_PLACE, 4, LONG, 0));
        });
        long[] pledge = {0};

        step("pledge", () -> {
            pledge[0] = pledges.create(coordinator, agreementId, new PledgeCommand(SHORT, SHORT, Set.of(partner),
                    start, LocalDate.of(year, 12, 31), LONG, LONG, LONG, 0));
            long commitment = commitments.add(coordinator, pledge[0], new CommitmentCommand(fit(LONG, 990),
                    municipality, measure, 0));
            for (long organisation : List.of(municipality, police, partner)) {
                pledgeSignatories.add(coordinator, pledge[0], new se.samverkan.pledge.SignatoryCommand(SHORT, SHORT,
                        organisation, LocalDate.of(year, 1, 10)));
            }
            pledges.publish(coordinator, pledge[0], LocalDate.of(year, 1, 15));
            progress.post(coordinator, pledge[0], new UpdateCommand(LocalDate.of(year, 3, 1), LONG,
                    Map.of(commitment, CommitmentStatus.ONGOING)));
            pledges.writeResult(coordinator, pledge[0], new ResultCommand(LONG, LONG, true, LocalDate.of(year, 12, 20),
                    pledgeReader.document(coordinator, pledge[0]).version()));
        });
        step("report", () -> {
            reports.start(coordinator, agreementId, year);
            for (SectionKey key : List.of(SectionKey.SUMMARY, SectionKey.analysis(area), SectionKey.priorities(area))) {
                reports.saveSection(coordinator, agreementId, year, key, new SectionCommand(LONG, 0));
            }
            reports.submit(coordinator, agreementId, year);
            long comment = reports.comment(municipalityMember, agreementId, year, SectionKey.SUMMARY, LONG);
            reports.answer(coordinator, agreementId, year, comment, LONG);
            reports.resolve(coordinator, agreementId, year, comment);
            for (var member2 : List.of(municipalityMember, policeMember, partnerMember)) {
                reports.approve(member2, agreementId, year);
            }
            reports.publish(coordinator, agreementId, year);
            reports.recordPresentation(coordinator, agreementId, year, new PresentationCommand(
                    Recipient.values()[0], LocalDate.of(year + 1, 1, 20), TINY));
        });
        var admin = test.user(Role.ADMIN, municipalitySlug);
        return new Made(coordinator, admin, account.id(), municipalitySlug, partner, agreementId, pledge[0],
                pledge[0] == 0 ? "/medborgarloften" : pledgeReader.document(coordinator, pledge[0]).publicPath(),
                picture[0]);
    }

    /** Failures of the parts of the data, so that one run reports them all; the test fails on any at its end. */
    private final List<String> failures = new ArrayList<>();

    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            failures.add(name + ": " + e);
        }
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    // ---- The pages ------------------------------------------------------------------------------------------

    /**
     * Visits the start pages and every page linked from them (and so on) whose path lies under one of the
     * prefixes, as the user (null: anonymous); checks each HTML page and notes those that show a payload.
     */
    private void crawl(org.springframework.test.web.servlet.request.RequestPostProcessor as,
                       List<String> showingPayload, Set<String> prefixes, List<String> starts) throws Exception {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_PAGES) {
            String path = queue.poll();
            MockHttpServletRequestBuilder request = rendered(get(path).accept("text/html"));
            if (as != null) {
                request = request.with(as);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            softly.assertThat(response.getStatus()).as("GET " + path).isLessThan(500);
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost");
            assertInert(path, page);
            if (page.text().contains(MARKER) || !page.select("input[value*=" + MARKER + "]").isEmpty()) {
                showingPayload.add(path);
            }
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                int hash = href.indexOf('#');
                String target = hash < 0 ? href : href.substring(0, hash);
                if (target.startsWith("/") && !target.startsWith("//") && !target.endsWith(".pdf")
                        && !target.startsWith("/logout") && prefixes.stream().anyMatch(target::startsWith)
                        && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
    }

    void assertInert(String path, Document page) {
        for (Element element : page.getAllElements()) {
            String what = path + " <" + element.tagName() + ">";
            softly.assertThat(element.tagName()).as(what).isNotIn("iframe", "object", "embed", "math");
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                softly.assertThat(key).as(what + " an attribute from a payload").doesNotContain("xss").doesNotStartWith("on");
                if (Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster").contains(key)) {
                    softly.assertThat(attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT))
                            .as(what + " " + key).doesNotStartWith("javascript:").doesNotStartWith("data:text");
                }
            }
            if (element.tagName().equals("script")) {
                softly.assertThat(element.attr("src")).as(what + " only scripts of the application").startsWith("/");
                softly.assertThat(element.data()).as(what).isBlank();
            }
            if (element.tagName().equals("img") || element.tagName().equals("svg")) {
                softly.assertThat(element.attr("src")).as(what).isNotEqualTo("x");
            }
        }
        softly.assertThat(page.text()).as(path + ": a template expression was evaluated").doesNotContain(EVALUATED);
    }

    /**
     * With an empty session, which the public page cache passes by: this test's data is in its own uncommitted
     * transaction, so a page another test left in the cache would be older than it.
     */
    private static MockHttpServletRequestBuilder rendered(MockHttpServletRequestBuilder request) {
        return request.session(new MockHttpSession());
    }

    // ---- The other formats ----------------------------------------------------------------------------------

    private void csvIsSafe(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(rendered(request)).andReturn().getResponse();
        softly.assertThat(response.getStatus()).isEqualTo(200);
        softly.assertThat(response.getContentType()).startsWith("text/csv");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        char delimiter = body.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(body)).getRecords();
        boolean payloadFound = false;
        for (CSVRecord record : records) {
            for (String cell : record) {
                softly.assertThat(cell).as("a cell a spreadsheet would run as a formula").doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
                payloadFound |= cell.contains(MARKER);
            }
        }
        softly.assertThat(payloadFound || !body.contains(MARKER)).isTrue();
    }

    private void atomIsSafe(String path, boolean showsThePayload) throws Exception {
        MockHttpServletResponse response = mvc.perform(rendered(get(path))).andReturn().getResponse();
        softly.assertThat(response.getStatus()).as(path).isEqualTo(200);
        byte[] body = response.getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        var titles = feed.getElementsByTagNameNS("*", "title");
        var contents = new ArrayList<org.w3c.dom.Element>();
        for (String name : List.of("content", "summary")) {
            var nodes = feed.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                contents.add((org.w3c.dom.Element) nodes.item(i));
            }
        }
        boolean payloadInTitle = false;
        for (int i = 0; i < titles.getLength(); i++) {
            var title = (org.w3c.dom.Element) titles.item(i);
            payloadInTitle |= title.getTextContent().contains("<script data-xss>");
            softly.assertThat(title.getElementsByTagNameNS("*", "*").getLength()).as(path + " title").isZero();
        }
        if (showsThePayload) {
            softly.assertThat(payloadInTitle).as(path + ": the payload title is in the feed as text").isTrue();
        }
        for (org.w3c.dom.Element content : contents) {
            String type = content.getAttribute("type");
            if (type.equals("html")) {
                assertInert(path + " content", Jsoup.parseBodyFragment(content.getTextContent()));
            } else if (type.equals("xhtml")) {
                softly.assertThat(content.getTextContent()).doesNotContain(EVALUATED);
            }
        }
    }

    private void jsonIsSafe(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(rendered(get(path))).andReturn().getResponse();
        softly.assertThat(response.getStatus()).as(path).isEqualTo(200);
        softly.assertThat(response.getContentType()).as(path).startsWith("application/json");
        softly.assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        JsonNode tree = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        collectTexts(tree, texts);
        softly.assertThat(texts).as(path + ": the payloads come back as the same strings").anyMatch(SHORT::equals);
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        }
        for (JsonNode child : node) {
            collectTexts(child, texts);
        }
    }
}
