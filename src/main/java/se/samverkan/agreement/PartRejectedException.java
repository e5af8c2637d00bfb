package se.samverkan.agreement;

/** A form value that refers to something the agreement does not allow; {@code field} names the form field. */
public class PartRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    PartRejectedException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
