package se.samverkan.situation.web;

/** One choice in a select or checkbox group: its value and what the user reads. */
public record Option(long id, String label) {
}
