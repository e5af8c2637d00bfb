package se.samverkan.meeting;

import java.time.LocalDate;

/** An action item: what, whose (a steering-group member or a party of the agreement) and by when. */
public record ActionItemCommand(String description, ActionOwner owner, LocalDate dueDate) {
}
