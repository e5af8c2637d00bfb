package se.samverkan.indicator;

/** An indicator of an active agreement that lacks a value for its last completed period (for the dashboard). */
public record MissingValue(long indicatorId, String indicatorName, long agreementId, String agreementTitle,
                           Period missingPeriod) {
}
