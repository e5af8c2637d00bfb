package se.samverkan.pledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A progress report to residents. Once posted it stays as written, so that what residents were told can be
 * followed; {@code statuses} records the status it gave each commitment it names.
 */
@Entity
@Table(name = "pledge_update")
class PledgeUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pledgeId;
    private LocalDate publishedOn;
    private String body;
    private String author;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "pledge_update_status", joinColumns = @JoinColumn(name = "update_id"))
    @MapKeyColumn(name = "commitment_id")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    private Map<Long, CommitmentStatus> statuses = new LinkedHashMap<>();

    protected PledgeUpdate() {
    }

    PledgeUpdate(long pledgeId, UpdateCommand command, String author, Instant now) {
        this.pledgeId = pledgeId;
        this.publishedOn = command.publishedOn();
        this.body = command.body().strip();
        this.author = author;
        this.createdAt = now;
        this.statuses = new LinkedHashMap<>(command.statuses());
    }

    Long getId() {
        return id;
    }

    long getPledgeId() {
        return pledgeId;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    String getBody() {
        return body;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Map<Long, CommitmentStatus> getStatuses() {
        return statuses;
    }
}
