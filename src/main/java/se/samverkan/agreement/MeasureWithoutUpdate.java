package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * A measure in progress that has not been followed up for a while. {@code lastUpdate} is null when it never was;
 * then it counts from {@code started}, the later of the measure's start date (when it has one) and the agreement's.
 */
public record MeasureWithoutUpdate(long measureId, String measureTitle, long agreementId, String agreementTitle,
                                   LocalDate lastUpdate, LocalDate started) {

    /** The day the silence counts from. */
    public LocalDate since() {
        return lastUpdate != null ? lastUpdate : started;
    }
}
