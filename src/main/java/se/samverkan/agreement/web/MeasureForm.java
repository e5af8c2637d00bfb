package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.agreement.MeasureCommand;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.agreement.MeasureView;

/** A measure: what is done, by whom, where and when, and which goals it serves. */
public class MeasureForm {

    private Long focusAreaId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 10000)
    private String description;

    @NotNull
    private MeasureType type;

    @NotEmpty
    private Set<Long> responsibleIds = new LinkedHashSet<>();

    private Set<Long> goalIds = new LinkedHashSet<>();

    @Size(max = 200)
    private String contactPerson;

    @Size(max = 200)
    private String place;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate endDate;

    /** Required unless the measure belongs to an agreement in force (see MeasureController). */
    private MeasureStatus status;

    private long version;

    static MeasureForm of(MeasureView measure) {
        MeasureForm form = new MeasureForm();
        form.focusAreaId = measure.focusAreaId();
        form.title = measure.title();
        form.description = measure.description();
        form.type = measure.type();
        form.responsibleIds = new LinkedHashSet<>(measure.responsibleIds());
        form.goalIds = new LinkedHashSet<>(measure.goalIds());
        form.contactPerson = measure.contactPerson();
        form.place = measure.place();
        form.startDate = measure.startDate();
        form.endDate = measure.endDate();
        form.status = measure.status();
        form.version = measure.version();
        return form;
    }

    MeasureCommand toCommand() {
        return new MeasureCommand(focusAreaId, title, description, type, FormIds.of(responsibleIds),
                FormIds.of(goalIds), contactPerson, place, startDate, endDate, status,
                version);
    }

    public Long getFocusAreaId() {
        return focusAreaId;
    }

    public void setFocusAreaId(Long focusAreaId) {
        this.focusAreaId = focusAreaId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MeasureType getType() {
        return type;
    }

    public void setType(MeasureType type) {
        this.type = type;
    }

    public Set<Long> getResponsibleIds() {
        return responsibleIds;
    }

    public void setResponsibleIds(Set<Long> responsibleIds) {
        this.responsibleIds = responsibleIds;
    }

    public Set<Long> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(Set<Long> goalIds) {
        this.goalIds = goalIds;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
