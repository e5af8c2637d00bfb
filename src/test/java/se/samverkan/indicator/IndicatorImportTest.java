package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverkan.account.Role;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.IntegrationTest;

/** CSV import: the preview saves nothing, confirming checks the text again, whole files are refused clearly. */
@IntegrationTest
class IndicatorImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    IndicatorReader reader;

    @Autowired
    ValueService values;

    IndicatorFixtures fixtures;
    MockHttpSession tranemo;
    String url;
    String name;
    long indicatorId;

    @BeforeEach
    void anIndicatorToImportInto() throws Exception {
        fixtures = new IndicatorFixtures(context);
        tranemo = Accounts.logIn(mvc, fixtures.tranemoEmail, Accounts.PASSWORD);
        url = "/overenskommelser/" + fixtures.agreementId + "/indikatorer/import";
        name = IndicatorFixtures.uniqueName("Otrygghet på kvällen");
        indicatorId = fixtures.yearly(name);
    }

    private ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart(url).file(new MockMultipartFile("file", "varden.csv", "text/csv", bytes))
                .session(tranemo).with(csrf()));
    }

    private ResultActions paste(String text) throws Exception {
        return mvc.perform(multipart(url).param("csvText", text).session(tranemo).with(csrf()));
    }

    private ResultActions confirm(String text) throws Exception {
        return mvc.perform(multipart(url + "/spara").param("csvText", text).session(tranemo).with(csrf()));
    }

    private List<ValueView> saved() {
        return saved(indicatorId);
    }

    private List<ValueView> saved(long indicator) {
        return reader.page(fixtures.tranemoCoordinator, fixtures.agreementId, indicator).values();
    }

    @Test
    void aGoodFileIsPreviewedWithoutSavingAndSavedOnConfirm() throws Exception {
        values.add(fixtures.tranemoCoordinator, fixtures.agreementId, indicatorId,
                new ValueCommand(Period.year(2023), new BigDecimal("30"), null, null, null, null, null, 0));
        String crimes = IndicatorFixtures.uniqueName("Anmälda brott");
        long crimesId = fixtures.yearly(crimes, IndicatorSource.REPORTED_CRIMES);
        String csv = "\uFEFFindikator;period;värde;antal;befolkning;urval;svarsfrekvens;kommentar\r\n"
                + name + ";2022;27,5;;;1 200;47;Första mätningen\r\n"
                + name.toUpperCase() + ";2023;26;;;;;\r\n"
                + "\r\n"
                + crimes + ";2024;;23;11800;;;Räknat\r\n";
        Document preview = Jsoup.parse(upload(csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(preview.title()).startsWith("Förhandsgranska importen");
        assertThat(preview.select(".notice").text()).contains("3 rader kan sparas och ingen rad har fel",
                "Inget är sparat ännu");
        assertThat(preview.select("tbody tr")).hasSize(3);
        assertThat(preview.select("tbody tr").get(0).text()).contains("2", "2022", "27,5", "Nytt värde");
        assertThat(preview.select("tbody tr").get(1).text()).contains("Ersätter värde");
        assertThat(preview.select("tbody tr").get(2).text()).startsWith("5 ").contains("23 / 11800");
        assertThat(saved()).as("nothing saved before confirming").hasSize(1);

        String carried = preview.select("input[name=csvText]").val();
        confirm(carried).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importResult", new ImportResult(2, 1, 0)));
        List<ValueView> after = saved();
        assertThat(after).extracting(ValueView::period).containsExactly(Period.year(2022), Period.year(2023));
        assertThat(after.get(0).sampleSize()).isEqualTo(1200);
        assertThat(after.get(0).responseRate()).isEqualByComparingTo("47");
        assertThat(after.get(0).note()).isEqualTo("Första mätningen");
        assertThat(after.get(1).shown()).isEqualByComparingTo("26");
        assertThat(saved(crimesId)).singleElement()
                .satisfies(counted -> assertThat(counted.shown()).isEqualByComparingTo("194.9"));
    }

    @Test
    void aCountIsOnlyForReportedCrimesAndNoValueIsNegative() throws Exception {
        String csv = "indikator;period;värde;antal;befolkning\n"
                + name + ";2022;;23;11800\n"
                + name + ";2023;-4;;\n";
        List<String> rows = Jsoup.parse(paste(csv).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select("tbody tr").eachText();
        assertThat(rows.get(0)).contains("bara för anmälda brott");
        assertThat(rows.get(1)).contains("kan inte vara mindre än noll");
        assertThat(saved()).isEmpty();
    }

    @Test
    void badRowsAreListedWithTheirReasonAndSkippedOnConfirm() throws Exception {
        String csv = "indikator,period,värde,antal,befolkning,svarsfrekvens\n"
                + name + ",2022,\"27,5\",,,\n"
                + "Finns inte,2022,3,,,\n"
                + name + ",2022-K1,3,,,\n"
                + name + ",2023,abc,,,\n"
                + name + ",2023,3,4,100,\n"
                + name + ",2023,,,,\n"
                + name + ",2023,,4,,\n"
                + name + ",2023,5,,,150\n"
                + name + ",2099,5,,,\n"
                + name + ",2022,28,,,\n"
                + ",2022,28,,,\n";
        Document preview = Jsoup.parse(paste(csv).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        List<String> rows = preview.select("tbody tr").eachText();
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).contains("Nytt värde");
        assertThat(rows.get(1)).contains("ingen indikator som heter ”Finns inte”");
        assertThat(rows.get(2)).contains("”2022-K1” är inte ett år");
        assertThat(rows.get(3)).contains("”abc” är inte ett tal");
        assertThat(rows.get(4)).contains("antingen värde eller antal och befolkning");
        assertThat(rows.get(5)).contains("Värde saknas");
        assertThat(rows.get(6)).contains("Befolkning saknas");
        assertThat(rows.get(7)).contains("ska vara mellan 0 och 100");
        assertThat(rows.get(8)).contains("har inte börjat än");
        assertThat(rows.get(9)).contains("finns redan på rad 2");
        assertThat(rows.get(10)).contains("Indikatorn saknas");
        assertThat(preview.select(".notice").text()).contains("1 rad kan sparas och 10 rader har fel",
                "hoppas raderna med fel över");
        confirm(csv).andExpect(flash().attribute("importResult", new ImportResult(1, 0, 10)));
        assertThat(saved()).singleElement().satisfies(value -> assertThat(value.shown()).isEqualByComparingTo("27.5"));
    }

    @Test
    void aYearOutOfRangeNamesBothLimits() throws Exception {
        Document preview = Jsoup.parse(paste("indikator;period;värde\n" + name + ";1800;3\n")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(preview.select("tbody tr").text())
                .contains("Året måste vara mellan " + Period.MIN_YEAR + " och " + Period.MAX_YEAR)
                .doesNotContain("{1}");
    }

    @Test
    void aTamperedConfirmIsCheckedAgain() throws Exception {
        String previewed = "indikator;period;värde\n" + name + ";2022;10\n";
        paste(previewed).andExpect(status().isOk());
        String tampered = "indikator;period;värde\n" + name + ";2022;10\n" + name + ";2021;abc\n"
                + "Någon annans indikator;2022;1\n" + name + ";2099;3\n";
        confirm(tampered).andExpect(flash().attribute("importResult", new ImportResult(1, 0, 3)));
        assertThat(saved()).singleElement().satisfies(value -> assertThat(value.period()).isEqualTo(Period.year(2022)));
        confirm("kolumn;annan\n" + name + ";2022\n").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Första raden måste ha kolumnernas namn")));
        confirm("").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aFileNotInUtf8IsRefusedAndNothingIsSaved() throws Exception {
        byte[] windows1252 = ("indikator;period;värde\n" + name + ";2022;10\n").getBytes(Charset.forName("windows-1252"));
        Document page = Jsoup.parse(upload(windows1252).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Fel: Importera värden");
        assertThat(page.select("#error-summary").text()).contains("inte sparad som UTF-8", "CSV UTF-8",
                "Inget har sparats");
        assertThat(saved()).isEmpty();
    }

    @Test
    void emptyFilesAndFilesWithoutAHeaderAreRefused() throws Exception {
        upload(new byte[0]).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen är tom")));
        upload("\uFEFF \n\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filen är tom")));
        paste(name + ";2022;10\n").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Första raden måste ha kolumnernas namn")));
        paste("indikator;period;värde\n\"" + name + ";2022;10\n").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("går inte att läsa som CSV")));
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "indikator;period;värde\n".getBytes(StandardCharsets.UTF_8)))
                        .param("csvText", "indikator;period;värde\n").session(tranemo).with(csrf()))
                .andExpect(content().string(containsString("Välj en fil eller klistra in rader, inte båda")));
        assertThat(saved()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        StringBuilder big = new StringBuilder("indikator;period;värde;kommentar\n");
        String note = "x".repeat(900);
        while (big.length() <= ImportText.MAX_BYTES) {
            big.append(name).append(";2022;1;").append(note).append('\n');
        }
        upload(big.toString().getBytes(StandardCharsets.UTF_8)).andExpect(status().isContentTooLarge())
                .andExpect(content().string(containsString("Filen är för stor. Den får vara högst 1024 kB")));
        paste(big.toString()).andExpect(status().isContentTooLarge());

        StringBuilder many = new StringBuilder("indikator;period;värde\n");
        for (int i = 0; i <= ImportText.MAX_ROWS; i++) {
            many.append("a;2022;1\n");
        }
        paste(many.toString()).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("fler än 5000 rader")));
        assertThat(saved()).isEmpty();
    }

    @Test
    void anExportCanBeImportedAgain() throws Exception {
        values.add(fixtures.tranemoCoordinator, fixtures.agreementId, indicatorId,
                new ValueCommand(Period.year(2022), new BigDecimal("1.5"), null, null, null, null, "=SUM(A1)", 0));
        byte[] export = mvc.perform(get("/overenskommelser/" + fixtures.agreementId + "/indikatorer.csv")
                .session(tranemo)).andReturn().getResponse().getContentAsByteArray();
        Document preview = Jsoup.parse(upload(export).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(preview.select("tbody tr").eachText()).filteredOn(row -> row.contains(name)).singleElement()
                .satisfies(row -> assertThat(row).contains("Ersätter värde", "1,5"));
        confirm(preview.select("input[name=csvText]").val()).andExpect(status().is3xxRedirection());
        assertThat(saved()).singleElement().satisfies(value -> {
            assertThat(value.shown()).isEqualByComparingTo("1.5");
            assertThat(value.note()).isEqualTo("=SUM(A1)");
        });
    }

    @Test
    void thePageExplainsTheFormatAndOffersFileOrText() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(url).session(tranemo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Importera värden");
        assertThat(page.select("form.form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("form.form").attr("action")).contains("_csrf=");
        assertThat(page.select("label[for=file], label[for=csvText]")).hasSize(2);
        assertThat(page.text()).contains("CSV UTF-8");
    }

    @Test
    void strangersGetNotFoundAndReadersForbidden() throws Exception {
        String csv = "indikator;period;värde\n" + name + ";2022;10\n";
        MockHttpSession stranger = fixtures.session(mvc, Role.COORDINATOR, "trelleborg");
        mvc.perform(get(url).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(multipart(url).param("csvText", csv).session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(url + "/spara").param("csvText", csv).session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        MockHttpSession steering = fixtures.session(mvc, Role.STEERING_GROUP, "tranemo");
        mvc.perform(multipart(url + "/spara").param("csvText", csv).session(steering).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(saved()).isEmpty();
    }
}
