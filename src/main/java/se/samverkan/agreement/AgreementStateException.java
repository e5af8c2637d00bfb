package se.samverkan.agreement;

import se.samverkan.common.ConflictException;

/** An action the agreement's status does not allow, such as editing a replaced agreement. */
public class AgreementStateException extends ConflictException {

    AgreementStateException(String messageKey) {
        super(messageKey);
    }
}
