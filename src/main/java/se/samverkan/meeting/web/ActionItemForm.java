package se.samverkan.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.meeting.ActionItemCommand;
import se.samverkan.meeting.ActionOwner;
import se.samverkan.common.NoPersonalIdentityNumber;

/** An action item: what is to be done, by whom ("member-4" or "organisation-2") and by when. */
public class ActionItemForm {

    @NotBlank
    @Size(max = 2000)
    @NoPersonalIdentityNumber
    private String actionDescription;

    @NotBlank
    private String actionOwner;

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionDueDate;

    /** The command; {@link IllegalArgumentException} when the owner is not a value the form offers. */
    ActionItemCommand toCommand() {
        return new ActionItemCommand(actionDescription, ActionOwner.parse(actionOwner), actionDueDate);
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDueDate() {
        return actionDueDate;
    }

    public void setActionDueDate(LocalDate actionDueDate) {
        this.actionDueDate = actionDueDate;
    }
}
