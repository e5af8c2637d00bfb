package se.samverkan.pledge;

/** A form value the pledge does not allow; {@code field} names the form field the message belongs to. */
public class PledgeRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    PledgeRejectedException(String field, String messageKey) {
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
