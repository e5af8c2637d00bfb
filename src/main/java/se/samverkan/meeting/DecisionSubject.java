package se.samverkan.meeting;

import java.util.Locale;

/**
 * The part of an agreement a decision concerns. As a form value it is written "goal-12" (the kind in lower case with
 * hyphens, then the id), so that one select can offer focus areas, goals and measures together.
 */
public record DecisionSubject(Kind kind, long id) {

    public enum Kind { FOCUS_AREA, GOAL, MEASURE }

    /** The subject a form value names; null for an empty value; {@link IllegalArgumentException} for nonsense. */
    public static DecisionSubject parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int dash = value.lastIndexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("Not a decision subject: " + value);
        }
        Kind kind = Kind.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT).replace('-', '_'));
        return new DecisionSubject(kind, Long.parseLong(value.substring(dash + 1)));
    }

    public String value() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
    }
}
