package se.samverkan.meeting;

/** A decision with the title of the part it concerns ({@code subject} and {@code subjectTitle} null when none). */
public record DecisionView(long id, String text, DecisionSubject subject, String subjectTitle) {
}
