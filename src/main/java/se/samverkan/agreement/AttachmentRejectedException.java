package se.samverkan.agreement;

/** An upload that is not stored: empty, too large or of a type that is not allowed. The key says why. */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageKey;

    AttachmentRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The message, in messages.properties, that tells the user what to do instead. */
    public String messageKey() {
        return messageKey;
    }
}
