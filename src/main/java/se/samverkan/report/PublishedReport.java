package se.samverkan.report;

import java.time.Instant;

/** An approved report on a municipality's public page, in its list: which agreement and year, when approved. */
public record PublishedReport(long agreementId, String agreementTitle, int year, Instant approvedAt) {

    /** The last part of its public address: {@code 12-2025}. */
    public String slug() {
        return agreementId + "-" + year;
    }

    public String approvedAtText() {
        return SwedishTime.format(approvedAt);
    }
}
