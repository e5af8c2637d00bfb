package se.samverkan.indicator;

/** A period written in a way it cannot be read; the message key (with its arguments) tells the user how to write it. */
public class PeriodException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    PeriodException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
