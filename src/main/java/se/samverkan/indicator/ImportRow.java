package se.samverkan.indicator;

import java.util.List;

/**
 * One line of an import as the preview shows it: what it says, and whether it will add a value, replace one, or is
 * rejected (then {@code reasonKey} says why, with {@code reasonArguments} for its placeholders).
 */
public record ImportRow(long line, String indicatorName, String period, String value, Outcome outcome,
                        String reasonKey, List<Object> reasonArguments) {

    /** The arguments of the reason's message, for {@code #messages.msgWithParams}. */
    public Object[] arguments() {
        return reasonArguments.toArray();
    }

    public enum Outcome {
        NEW,
        REPLACES,
        REJECTED
    }

    public boolean accepted() {
        return outcome != Outcome.REJECTED;
    }
}
