package se.samverkan.meeting;

/** A decision; {@code subject} (a focus area, goal or measure of the same agreement) is optional. */
public record DecisionCommand(String text, DecisionSubject subject) {
}
