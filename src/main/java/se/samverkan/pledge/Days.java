package se.samverkan.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as points in time, for feeds that need a timestamp: the start of the day in Swedish time. */
final class Days {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private Days() {
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(SWEDEN).toInstant();
    }
}
