package se.samverkan.publicsite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Days in Swedish time for templates ({@code @publicDates.day(…)}): a change at 00:30 in Stockholm belongs to
 * that day, whatever zone the server runs in.
 */
@Component("publicDates")
class PublicDates {

    private final Clock clock;

    PublicDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
