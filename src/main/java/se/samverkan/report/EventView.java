package se.samverkan.report;

import java.time.Instant;

/** A line of a report's history; {@code detail} is a section's key or a recipient, depending on the kind. */
public record EventView(Instant occurredAt, String actor, EventKind kind, String detail) {

    public SectionKey section() {
        return detail == null ? null : SectionKey.parse(detail);
    }

    public Recipient recipient() {
        return kind == EventKind.PRESENTED && detail != null ? Recipient.valueOf(detail) : null;
    }

    public String occurredAtText() {
        return SwedishTime.format(occurredAt);
    }
}
