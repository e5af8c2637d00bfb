package se.samverkan.pledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A progress update: date, text for residents, and optionally a new status per commitment. */
public class UpdateForm {

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;

    @NotBlank
    @Size(max = PledgeForm.TEXT_LENGTH)
    @NoPersonalIdentityNumber
    private String body;

    /** Commitment id → new status; an empty choice binds as null and means "no change". */
    private Map<Long, CommitmentStatus> statuses = new LinkedHashMap<>();

    UpdateCommand toCommand() {
        Map<Long, CommitmentStatus> chosen = statuses == null ? Map.of() : statuses.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new UpdateCommand(publishedOn, body, chosen);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<Long, CommitmentStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(Map<Long, CommitmentStatus> statuses) {
        this.statuses = Objects.requireNonNullElseGet(statuses, LinkedHashMap::new);
    }
}
