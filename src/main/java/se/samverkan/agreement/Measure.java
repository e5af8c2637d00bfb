package se.samverkan.agreement;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import se.samverkan.common.TextInput;

/** A measure (åtgärd) of a focus area, or of the whole agreement when {@code focusAreaId} is null. */
@Entity
@Table(name = "measure")
class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private Long focusAreaId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private MeasureType type;

    @ElementCollection
    @CollectionTable(name = "measure_responsible", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "organisation_id")
    private Set<Long> responsibleIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "goal_id")
    private Set<Long> goalIds = new LinkedHashSet<>();

    private String contactPerson;
    private String place;
    private LocalDate startDate;
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status = MeasureStatus.PLANNED;

    @Version
    private long version;

    protected Measure() {
    }

    Measure(long agreementId, MeasureCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(MeasureCommand command) {
        if (command.startDate() != null && command.endDate() != null
                && command.endDate().isBefore(command.startDate())) {
            throw new IllegalArgumentException("Measure ends before it starts");
        }
        this.focusAreaId = command.focusAreaId();
        this.title = command.title().strip();
        this.description = TextInput.strippedOrNull(command.description());
        this.type = command.type();
        this.responsibleIds = new LinkedHashSet<>(command.responsibleIds());
        this.goalIds = new LinkedHashSet<>(command.goalIds());
        this.contactPerson = TextInput.strippedOrNull(command.contactPerson());
        this.place = TextInput.strippedOrNull(command.place());
        this.startDate = command.startDate();
        this.endDate = command.endDate();
        this.status = command.status();
    }

    /** A status update was recorded: it is the measure's status from now on. */
    void report(MeasureStatus newStatus) {
        this.status = newStatus;
    }

    Measure copyTo(long otherAgreementId, Long otherFocusAreaId, Set<Long> otherGoalIds) {
        return new Measure(otherAgreementId, new MeasureCommand(otherFocusAreaId, title, description, type,
                responsibleIds, otherGoalIds, contactPerson, place, startDate, endDate, status, 0));
    }

    Map<String, String> auditFields(Map<Long, String> organisationNames, Map<Long, String> focusAreaTitles,
                                    Map<Long, String> goalTitles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("focusArea", focusAreaId == null ? null : focusAreaTitles.get(focusAreaId));
        fields.put("title", title);
        fields.put("description", description);
        fields.put("measureType", type.name());
        fields.put("responsible", Texts.names(responsibleIds, organisationNames));
        fields.put("goals", Texts.names(goalIds, goalTitles));
        fields.put("contactPerson", contactPerson);
        fields.put("place", place);
        fields.put("startDate", startDate == null ? null : startDate.toString());
        fields.put("endDate", endDate == null ? null : endDate.toString());
        fields.put("measureStatus", status.name());
        return fields;
    }

    MeasureView toView(Map<Long, String> organisationNames) {
        return new MeasureView(id, focusAreaId, title, description, type, Set.copyOf(responsibleIds),
                Texts.names(responsibleIds, organisationNames), Set.copyOf(goalIds), contactPerson, place,
                startDate, endDate, status, version);
    }

    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    String getPlace() {
        return place;
    }

    MeasureStatus getStatus() {
        return status;
    }

    Long getFocusAreaId() {
        return focusAreaId;
    }

    String getTitle() {
        return title;
    }

    Set<Long> getResponsibleIds() {
        return responsibleIds;
    }

    Set<Long> getGoalIds() {
        return goalIds;
    }

    long getVersion() {
        return version;
    }
}
