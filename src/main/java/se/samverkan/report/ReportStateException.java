package se.samverkan.report;

import se.samverkan.common.ConflictException;

/** An action the report's status does not allow (answers 409 with the reason), such as editing a frozen report. */
public class ReportStateException extends ConflictException {

    public ReportStateException(String messageKey) {
        super(messageKey);
    }
}
