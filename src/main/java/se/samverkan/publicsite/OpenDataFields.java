package se.samverkan.publicsite;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of the open data files as the documentation page lists them; each has its Swedish and English
 * explanation under {@code openData.json.*} and {@code openData.csv.*}.
 */
final class OpenDataFields {

    record Field(String name, String messageKey) {
    }

    static final List<String> JSON_NAMES = List.of("id", "url", "title", "target", "municipality", "policeArea",
            "partners", "periodStart", "periodEnd", "status", "publishedOn", "situation", "commitments",
            "commitments[].position", "commitments[].description", "commitments[].responsible",
            "commitments[].status", "achievement", "followUp", "signatories", "signatories[].name",
            "signatories[].title", "signatories[].organisation", "signatories[].signedOn", "updates", "updates[].id",
            "updates[].date", "updates[].text", "updates[].commitmentStatuses",
            "updates[].commitmentStatuses[].commitment", "updates[].commitmentStatuses[].status", "result",
            "result.done", "result.achieved", "result.continues", "result.writtenOn", "previousPledgeId");

    private OpenDataFields() {
    }

    static List<Field> json() {
        return JSON_NAMES.stream()
                .map(name -> new Field(name, "openData.json." + name.replace("[]", "")))
                .toList();
    }

    static List<Field> csv() {
        return Arrays.stream(PledgeCsv.Column.values())
                .map(column -> new Field(column.name(), "openData.csv." + column.name()))
                .toList();
    }
}
