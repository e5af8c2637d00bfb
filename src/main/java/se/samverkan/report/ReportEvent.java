package se.samverkan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a report's history: who did what, when; {@code detail} names the section or recipient. */
@Entity
@Table(name = "annual_report_event")
class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;
    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String detail;

    protected ReportEvent() {
    }

    ReportEvent(long reportId, Instant occurredAt, String actor, EventKind kind, String detail) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
    }

    EventView toView() {
        return new EventView(occurredAt, actor, kind, detail);
    }
}
