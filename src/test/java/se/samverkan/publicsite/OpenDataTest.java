package se.samverkan.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.testsupport.IntegrationTest;

@IntegrationTest
class OpenDataTest extends FixtureBase {

    @Autowired
    MockMvc mvc;

    @Test
    void jsonHoldsPublishedPledgesWithIsoDatesAndNoDrafts() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Öppna data på Ängsvägen");
        PledgeFixtures.Made pledge = fixtures.published(title);
        long updateId = fixtures.update(pledge, "Lamporna är på plats.", CommitmentStatus.DONE);
        String draft = PledgeFixtures.unique("Utkast i öppna data");
        fixtures.draft(draft);

        String json = mvc.perform(get("/oppna-data/medborgarloften.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"medborgarloften.json\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(draft);
        List<Map<String, Object>> found = JsonPath.read(json, "$[?(@.id == " + pledge.id() + ")]");
        assertThat(found).hasSize(1);
        Map<String, Object> open = found.get(0);
        assertThat(open).containsEntry("title", title).containsEntry("periodStart", "2026-01-01")
                .containsEntry("publishedOn", "2026-01-15").containsEntry("status", "PUBLISHED")
                .containsEntry("municipality", "Tranemo kommun");
        assertThat((String) open.get("url")).startsWith("http://").endsWith(pledge.path());
        assertThat(JsonPath.<List<String>>read(open, "$.commitments[*].description"))
                .containsExactly("Kommunen sätter upp ny belysning.");
        assertThat(JsonPath.<List<String>>read(open, "$.commitments[*].status")).containsExactly("DONE");
        assertThat(JsonPath.<List<Integer>>read(open, "$.updates[*].id")).containsExactly((int) updateId);
        assertThat(JsonPath.<List<String>>read(open, "$.updates[*].date")).containsExactly("2026-02-01");
        assertThat(JsonPath.<List<String>>read(open, "$.signatories[*].signedOn")).containsOnly("2026-01-15");
    }

    @Test
    void csvHasTheDocumentedHeaderAndKeepsSwedishLetters() throws Exception {
        PledgeFixtures fixtures = fixtures();
        String title = PledgeFixtures.unique("Trygghet vid Åsundens strand");
        PledgeFixtures.Made pledge = fixtures.published(title);
        fixtures.update(pledge, "Väktare, \"kvällsvandrare\" och fler lampor.\nNy rad.", CommitmentStatus.ONGOING);
        String draft = PledgeFixtures.unique("Utkast i csv");
        fixtures.draft(draft);

        byte[] bytes = mvc.perform(get("/oppna-data/medborgarloften.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"medborgarloften.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(PledgeCsv.BOM).doesNotContain(draft);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(
                    Arrays.stream(PledgeCsv.Column.values()).map(Enum::name).toList());
            List<CSVRecord> own = parser.getRecords().stream()
                    .filter(r -> r.get("pledge_id").equals(String.valueOf(pledge.id()))).toList();
            assertThat(own).extracting(r -> r.get("record_type"))
                    .containsExactly("pledge", "commitment", "signatory", "signatory", "update", "update_status");
            assertThat(own.get(0).get("title")).isEqualTo(title);
            assertThat(own.get(0).get("date")).isEqualTo("2026-01-15");
            assertThat(own.get(0).get("url")).startsWith("http://").endsWith(pledge.path());
            assertThat(own.get(1).get("organisation")).isEqualTo("Tranemo kommun");
            assertThat(own.get(2).get("name")).isEqualTo("Åsa Öberg");
            assertThat(own.get(4).get("text")).isEqualTo("Väktare, \"kvällsvandrare\" och fler lampor.\nNy rad.");
            assertThat(own.get(5).get("status")).isEqualTo("ONGOING");
        }
    }

    @Test
    void thePageDocumentsEveryField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/oppna-data")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("a[href=/oppna-data/medborgarloften.json]")).isNotEmpty();
        assertThat(page.select("a[href=/oppna-data/medborgarloften.csv]")).isNotEmpty();
        assertThat(page.select("tbody th code").eachText()).containsAll(OpenDataFields.JSON_NAMES)
                .containsAll(Arrays.stream(PledgeCsv.Column.values()).map(Enum::name).toList());
        assertThat(page.select("tbody td").eachText()).allMatch(text -> !text.isBlank() && !text.startsWith("??"));
    }
}
