package se.samverkan.situation;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** One municipality's shared situational picture for one period, compiled by named parties. */
@Entity
@Table(name = "situation_picture")
class SituationPicture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;

    @Enumerated(EnumType.STRING)
    private PeriodType periodType;

    private LocalDate periodStart;

    @ElementCollection
    @CollectionTable(name = "situation_picture_compiler", joinColumns = @JoinColumn(name = "picture_id"))
    @Column(name = "organisation_id")
    private Set<Long> compilerIds = new LinkedHashSet<>();

    private String summary;
    private Instant changedAt;

    @Version
    private long version;

    protected SituationPicture() {
    }

    SituationPicture(long municipalityId, Period period, Set<Long> compilerIds, String summary, Instant now) {
        this.municipalityId = municipalityId;
        change(period, compilerIds, summary, now);
    }

    void change(Period period, Set<Long> compilerIds, String summary, Instant now) {
        if (compilerIds.isEmpty()) {
            throw new IllegalArgumentException("A situational picture needs at least one compiling party");
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A situational picture needs a summary");
        }
        this.periodType = period.type();
        this.periodStart = period.firstDay();
        this.compilerIds = new LinkedHashSet<>(compilerIds);
        this.summary = summary.strip();
        this.changedAt = now;
    }

    /** Adding, changing or removing a hotspot changes the picture too. */
    void touch(Instant now) {
        this.changedAt = now;
    }

    /** The municipality and the compiling parties. */
    Set<Long> partyIds() {
        Set<Long> ids = new LinkedHashSet<>(compilerIds);
        ids.add(municipalityId);
        return ids;
    }

    Period period() {
        return new Period(periodType, periodStart);
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    Set<Long> getCompilerIds() {
        return compilerIds;
    }

    String getSummary() {
        return summary;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    long getVersion() {
        return version;
    }
}
