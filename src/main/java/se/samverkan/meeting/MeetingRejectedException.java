package se.samverkan.meeting;

/** A form value that refers to something outside the meeting's agreement; {@code field} names the form field. */
public class MeetingRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    MeetingRejectedException(String field, String messageKey) {
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
