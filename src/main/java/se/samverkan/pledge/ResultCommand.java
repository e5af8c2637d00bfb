package se.samverkan.pledge;

/** The year-end result: what was done, what it achieved, and whether the work continues. */
public record ResultCommand(String done, String achieved, boolean continues, long version) {
}
