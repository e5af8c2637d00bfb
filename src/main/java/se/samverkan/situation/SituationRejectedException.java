package se.samverkan.situation;

/** Input the form could not check by itself (a period that already has a picture, an unknown party): a field error. */
public class SituationRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public SituationRejectedException(String field, String messageKey) {
        super(messageKey);
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
