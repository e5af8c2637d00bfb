package se.samverkan.report;

/** A section's new text (Markdown) and the version the writer started from. */
public record SectionCommand(String body, long version) {
}
