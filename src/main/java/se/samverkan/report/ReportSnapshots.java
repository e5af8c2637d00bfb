package se.samverkan.report;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the frozen snapshot of a report as JSON (the {@code jsonb} column). */
@Component
class ReportSnapshots {

    private final JsonMapper json;

    ReportSnapshots(JsonMapper json) {
        this.json = json;
    }

    String write(ReportSnapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    ReportSnapshot read(String snapshot) {
        return json.readValue(snapshot, ReportSnapshot.class);
    }
}
