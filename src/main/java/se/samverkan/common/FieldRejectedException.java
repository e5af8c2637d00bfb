package se.samverkan.common;

import org.springframework.validation.BindingResult;

/**
 * Input a form's own checks cannot see (a name already used, a party outside the agreement, a date the data does
 * not allow): the form field it belongs to and why, as a message key with its arguments. The controller shows the
 * form again with {@link #rejectIn(BindingResult)}.
 */
public class FieldRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public FieldRejectedException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Marks the field in the form's result with the message. */
    public void rejectIn(BindingResult result) {
        result.rejectValue(field, messageKey, arguments.clone(), null);
    }
}
