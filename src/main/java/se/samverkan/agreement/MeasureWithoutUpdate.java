package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * A measure in progress that has not been followed up for a while. {@code lastUpdate} is null when it never was;
 * then it counts from {@code agreementStart}.
 */
public record MeasureWithoutUpdate(long measureId, String measureTitle, long agreementId, String agreementTitle,
                                   LocalDate lastUpdate, LocalDate agreementStart) {

    /** The day the silence counts from. */
    public LocalDate since() {
        return lastUpdate != null ? lastUpdate : agreementStart;
    }
}
