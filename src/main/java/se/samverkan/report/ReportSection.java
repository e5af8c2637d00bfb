package se.samverkan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A written text of a report with who saved it last and when. */
@Entity
@Table(name = "annual_report_section")
class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    @Enumerated(EnumType.STRING)
    private SectionKind kind;

    private Long focusAreaId;
    private String body;
    private String writtenBy;
    private Long writtenByAccount;
    private Instant writtenAt;

    @Version
    private long version;

    protected ReportSection() {
    }

    ReportSection(long reportId, SectionKey key) {
        this.reportId = reportId;
        this.kind = key.kind();
        this.focusAreaId = key.focusAreaId();
        this.body = "";
    }

    void write(String text, String writer, long writerAccountId, Instant now) {
        this.body = text == null ? "" : text.strip();
        this.writtenBy = writer;
        this.writtenByAccount = writerAccountId;
        this.writtenAt = now;
    }

    /** A copy with the same text for a new revision, keeping who wrote it. */
    ReportSection copyTo(long otherReportId) {
        ReportSection copy = new ReportSection(otherReportId, key());
        copy.body = body;
        copy.writtenBy = writtenBy;
        copy.writtenByAccount = writtenByAccount;
        copy.writtenAt = writtenAt;
        return copy;
    }

    SectionKey key() {
        return new SectionKey(kind, focusAreaId);
    }

    SectionText toText() {
        return new SectionText(kind, focusAreaId, body, writtenBy, writtenAt, version);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
