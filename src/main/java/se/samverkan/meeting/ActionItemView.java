package se.samverkan.meeting;

import java.time.LocalDate;

/** An action item; {@code doneOn} is null while it is open. */
public record ActionItemView(long id, long meetingId, String description, String ownerName, LocalDate dueDate,
                             LocalDate doneOn, long version) {

    public boolean done() {
        return doneOn != null;
    }

    /** Open and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueDate.isBefore(today);
    }
}
