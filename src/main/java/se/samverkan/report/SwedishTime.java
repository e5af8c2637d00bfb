package se.samverkan.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as people in Sweden read them: 2026-11-30 14:05, Swedish time. */
final class SwedishTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private SwedishTime() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
