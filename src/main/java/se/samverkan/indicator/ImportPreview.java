package se.samverkan.indicator;

import java.util.List;

/** Every row of a CSV file with its outcome. Nothing has been saved. */
public record ImportPreview(List<ImportRow> rows) {

    public long accepted() {
        return rows.stream().filter(ImportRow::accepted).count();
    }

    public long rejected() {
        return rows.size() - accepted();
    }
}
