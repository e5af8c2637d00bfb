package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
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
import se.samverkan.indicator.IndicatorStatus;
import se.samverkan.indicator.Period;
import se.samverkan.indicator.ValueCommand;
import se.samverkan.indicator.ValueService;
import se.samverkan.meeting.DecisionCommand;
import se.samverkan.meeting.DecisionSubject;
import se.samverkan.meeting.MeetingCommand;
import se.samverkan.meeting.MeetingService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.security.SamverkanUser;
import se.samverkan.situation.HotspotCategory;
import se.samverkan.situation.HotspotCommand;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.PictureCommand;
import se.samverkan.situation.SituationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;
import se.samverkan.testsupport.PdfFigures;
import se.samverkan.testsupport.TestAgreements;
import se.samverkan.testsupport.TestFollowUp;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The follow-up parts of a report equal the data: indicators with the year's values and status, each measure's
 * newest update of the year, meetings held and their decisions, the municipality's situational pictures. Data of
 * the following year stays out.
 */
@IntegrationTest
class ReportFollowUpTest {

    @Autowired AccountService accountService;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired FocusAreaService focusAreas;
    @Autowired GoalService goals;
    @Autowired MeasureService measures;
    @Autowired SignatoryService signatories;
    @Autowired SteeringGroupService steeringGroup;
    @Autowired MeasureFollowUp followUp;
    @Autowired IndicatorService indicators;
    @Autowired ValueService values;
    @Autowired MeetingService meetings;
    @Autowired SituationService situations;
    @Autowired ReportCompiler compiler;
    @Autowired MockMvc mvc;

    final int year = LocalDate.now().getYear() - 1;
    TestFollowUp fixture;
    SamverkanUser coordinator;
    long agreementId;
    long areaId;
    long goalId;
    long measureId;

    @BeforeEach
    void anActiveAgreementWithAYearOfFollowUp() {
        fixture = new TestFollowUp(new TestAgreements(new Accounts(accountService, organisations), users, agreements,
                organisations), organisations, agreements, focusAreas, goals, measures, signatories, steeringGroup);
        coordinator = fixture.coordinator;
        agreementId = fixture.active("Rapport med uppföljning", LocalDate.of(year, 1, 1));
        areaId = fixture.focusArea(agreementId, "Trygg stadskärna");
        goalId = fixture.goal(agreementId, areaId, "Fler känner sig trygga i centrum");
        measureId = fixture.measure(agreementId, areaId, "Trygghetsvandringar", MeasureStatus.PLANNED, null);

        long indicatorId = indicators.create(coordinator, agreementId, new IndicatorCommand("Andel trygga i centrum",
                "%", IndicatorSource.NTU, Direction.HIGHER_IS_BETTER, GeographicLevel.MUNICIPALITY, null,
                Frequency.QUARTER, new BigDecimal("50"), Period.quarter(year - 1, 4), new BigDecimal("70"),
                Period.quarter(year + 1, 4), null, Set.of(goalId), 0));
        value(indicatorId, Period.quarter(year, 1), "55");
        value(indicatorId, Period.quarter(year, 3), "62,5");
        value(indicatorId, Period.quarter(year + 1, 1), "40");

        followUp.record(coordinator, agreementId, measureId, new MeasureUpdateCommand(LocalDate.of(year, 4, 2),
                MeasureStatus.ONGOING, new BigDecimal("25"), "Två vandringar gjorda."));
        followUp.record(coordinator, agreementId, measureId, new MeasureUpdateCommand(LocalDate.of(year, 10, 15),
                MeasureStatus.ONGOING, new BigDecimal("75"), "Sex vandringar gjorda."));
        followUp.record(coordinator, agreementId, measureId, new MeasureUpdateCommand(LocalDate.of(year + 1, 1, 20),
                MeasureStatus.DONE, new BigDecimal("100"), "Alla vandringar gjorda."));

        long held = meeting(LocalDate.of(year, 5, 12), "Stadshuset");
        meetings.addDecision(coordinator, agreementId, held, new DecisionCommand("Fler vandringar i höst.",
                new DecisionSubject(DecisionSubject.Kind.FOCUS_AREA, areaId)));
        meetings.addDecision(coordinator, agreementId, held, new DecisionCommand("Lägesbilden varje månad.", null));
        meeting(LocalDate.of(year, 11, 3), null);
        meeting(LocalDate.of(year + 1, 2, 1), "Polisstationen");

        long march = situations.create(coordinator, fixture.organisationId(), new PictureCommand(
                se.samverkan.situation.Period.containing(PeriodType.MONTH, LocalDate.of(year, 3, 1)),
                Set.of(fixture.organisationId()), "Oro kring busstationen på kvällarna.", 0));
        situations.addHotspot(coordinator, march, new HotspotCommand("Busstationen", null, null,
                HotspotCategory.GATHERING_PLACE, 7, null, 0));
        situations.addHotspot(coordinator, march, new HotspotCommand("Torget", null, null,
                HotspotCategory.VANDALISM, 3, null, 0));
        situations.create(coordinator, fixture.organisationId(), new PictureCommand(
                se.samverkan.situation.Period.containing(PeriodType.MONTH, LocalDate.of(year + 1, 3, 1)),
                Set.of(fixture.organisationId()), "Lugnare i centrum.", 0));
    }

    private void value(long indicatorId, Period period, String value) {
        values.add(coordinator, agreementId, indicatorId, new ValueCommand(period,
                new BigDecimal(value.replace(',', '.')), null, null, null, null, null, 0));
    }

    private long meeting(LocalDate date, String place) {
        return meetings.create(coordinator, agreementId, new MeetingCommand(date, null, place, Set.of(), null, null,
                0));
    }

    @Test
    void theYearsFollowUpIsInTheReportAndTheNextYearsIsNot() {
        ReportContent content = compiler.compile(coordinator, agreementId, year);

        ReportContent.GoalPart goal = content.focusArea(areaId).goals().get(0);
        assertThat(goal.indicators()).hasSize(1);
        ReportContent.IndicatorPart indicator = goal.indicators().get(0);
        assertThat(indicator.values()).extracting(ReportContent.IndicatorValue::period)
                .containsExactly(year + "-K1", year + "-K3");
        assertThat(indicator.latest().value()).isEqualByComparingTo("62.5");
        assertThat(indicator.baselinePeriod()).isEqualTo((year - 1) + "-K4");
        assertThat(indicator.targetPeriod()).isEqualTo((year + 1) + "-K4");
        assertThat(indicator.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        // 12.5 of 20 covered after 9 of 24 months: on track (the next year's fall does not count).
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(content.indicators()).containsExactly(indicator);

        ReportContent.MeasureUpdate update = content.focusArea(areaId).measures().get(0).lastUpdate();
        assertThat(update.date()).isEqualTo(LocalDate.of(year, 10, 15));
        assertThat(update.status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(update.percentDone()).isEqualByComparingTo("75");
        assertThat(update.comment()).isEqualTo("Sex vandringar gjorda.");
        assertThat(update.author()).isEqualTo(coordinator.displayName());

        assertThat(content.meetings()).extracting(ReportContent.MeetingPart::heldOn)
                .containsExactly(LocalDate.of(year, 5, 12), LocalDate.of(year, 11, 3));
        assertThat(content.meetings().get(0).place()).isEqualTo("Stadshuset");
        assertThat(content.meetings().get(0).decisions()).containsExactly(
                new ReportContent.DecisionPart("Fler vandringar i höst.", "Trygg stadskärna"),
                new ReportContent.DecisionPart("Lägesbilden varje månad.", null));
        assertThat(content.meetings().get(1).decisions()).isEmpty();

        assertThat(content.situationPictures()).hasSize(1);
        ReportContent.SituationPicturePart picture = content.situationPictures().get(0);
        assertThat(picture.period()).isEqualTo("mars " + year);
        assertThat(picture.summary()).isEqualTo("Oro kring busstationen på kvällarna.");
        assertThat(picture.hotspotCount()).isEqualTo(2);
        assertThat(picture.incidentCount()).isEqualTo(10);
    }

    @Test
    void theNextYearsReportHasTheNextYearsFollowUp() {
        ReportContent content = compiler.compile(coordinator, agreementId, year + 1);

        ReportContent.IndicatorPart indicator = content.focusArea(areaId).goals().get(0).indicators().get(0);
        assertThat(indicator.latest().period()).isEqualTo((year + 1) + "-K1");
        assertThat(indicator.status()).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(content.focusArea(areaId).measures().get(0).lastUpdate().status()).isEqualTo(MeasureStatus.DONE);
        assertThat(content.meetings()).extracting(ReportContent.MeetingPart::place).containsExactly("Polisstationen");
        assertThat(content.situationPictures()).extracting(ReportContent.SituationPicturePart::summary)
                .containsExactly("Lugnare i centrum.");
    }

    @Test
    void thePageAndThePdfShowTheFollowUpWithTheIndicatorsChart() throws Exception {
        MockHttpSession session = Accounts.logIn(mvc, coordinator.getUsername(), Accounts.PASSWORD);
        String path = ReportLinks.path(agreementId, year);
        String page = mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"line-chart\"", "Diagram: Andel trygga i centrum", "kvartal 3 " + year,
                "62,5", "På väg mot målet", "Sex vandringar gjorda.", "Fler vandringar i höst.",
                "Oro kring busstationen på kvällarna.").doesNotContain("??");

        byte[] bytes = mvc.perform(get(path + ".pdf").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Files.write(Path.of("target", "report-follow-up-sample.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Trygg stadskärna", "Fler känner sig trygga i centrum", "Andel trygga i centrum",
                    "På väg mot målet", "Sex vandringar gjorda.", "Fler vandringar i höst.", "Stadshuset",
                    "Oro kring busstationen på kvällarna.");
            assertThat(PdfFigures.altTexts(pdf)).anySatisfy(alt -> assertThat(alt)
                    .startsWith("Diagram: Andel trygga i centrum").contains("kvartal 3 " + year));
        }
    }

    @Test
    void aUserOfTheAgreementsPartiesReadsTheSameFigures() {
        SamverkanUser reader = fixture.user(Role.READER);
        assertThat(compiler.compile(reader, agreementId, year).situationPictures()).hasSize(1);
        assertThat(List.of(compiler.compile(reader, agreementId, year).meetings().size())).containsExactly(2);
    }
}
