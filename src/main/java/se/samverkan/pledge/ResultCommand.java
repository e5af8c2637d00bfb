package se.samverkan.pledge;

import java.time.LocalDate;

/** The year-end result: what was done, what it achieved, whether the work continues, and when it was written. */
public record ResultCommand(String done, String achieved, boolean continues, LocalDate writtenOn, long version) {
}
