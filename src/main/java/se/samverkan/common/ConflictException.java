package se.samverkan.common;

/**
 * A request that the current state of the data does not allow (answers 409). The message key says why, in
 * the user's language, on the error page.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
