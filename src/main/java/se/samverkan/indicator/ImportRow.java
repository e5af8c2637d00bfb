package se.samverkan.indicator;

/**
 * One line of an import as the preview shows it: what it says, and whether it will add a value, replace one, or is
 * rejected (then {@code reasonKey} says why, with at most one argument).
 */
public record ImportRow(long line, String indicatorName, String period, String value, Outcome outcome,
                        String reasonKey, Object reasonArgument) {

    public enum Outcome {
        NEW,
        REPLACES,
        REJECTED
    }

    public boolean accepted() {
        return outcome != Outcome.REJECTED;
    }
}
