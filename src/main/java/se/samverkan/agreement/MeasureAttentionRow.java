package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * A measure in progress that may need attention on a dashboard, as read in one query: {@code lastUpdate} is null
 * when it was never updated, {@code started} the later of its own and its agreement's start, {@code begun} whether
 * it has started by today.
 */
record MeasureAttentionRow(long measureId, String measureTitle, long agreementId, String agreementTitle,
                           LocalDate endDate, MeasureStatus status, LocalDate lastUpdate, LocalDate started,
                           boolean begun) {

    boolean silentSince(LocalDate cutoff) {
        return begun && (lastUpdate != null ? lastUpdate : started).isBefore(cutoff);
    }

    MeasurePastEnd pastEnd() {
        return new MeasurePastEnd(measureId, measureTitle, agreementId, agreementTitle, endDate, status);
    }

    MeasureWithoutUpdate withoutUpdate() {
        return new MeasureWithoutUpdate(measureId, measureTitle, agreementId, agreementTitle, lastUpdate, started);
    }
}
