package se.samverkan.indicator;

/** A CSV file refused as a whole (not UTF-8, empty, too large, no header): nothing of it is saved. */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object argument;

    public ImportRefusedException(String messageKey, Object argument) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object argument() {
        return argument;
    }
}
