package se.samverkan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A review comment on one section, with a coordinator's answer and whether it is resolved. */
@Entity
@Table(name = "annual_report_comment")
class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;
    private long sectionId;
    private String author;
    private Long authorAccount;
    private String body;
    private Instant createdAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    private boolean resolved;

    @Version
    private long version;

    protected ReportComment() {
    }

    ReportComment(long reportId, long sectionId, String text, String author, long authorAccount, Instant now) {
        this.reportId = reportId;
        this.sectionId = sectionId;
        this.body = text.strip();
        this.author = author;
        this.authorAccount = authorAccount;
        this.createdAt = now;
    }

    void answer(String text, String by, Instant now) {
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = now;
    }

    void resolve() {
        this.resolved = true;
    }

    CommentView toView(SectionKey key) {
        return new CommentView(id, key, author, body, createdAt, answer, answeredBy, answeredAt, resolved);
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    long getSectionId() {
        return sectionId;
    }
}
