package se.samverkan.pledge;

import se.samverkan.common.ConflictException;

/** An action the pledge's status does not allow, such as changing the commitments of a completed pledge. */
public class PledgeStateException extends ConflictException {

    public PledgeStateException(String messageKey) {
        super(messageKey);
    }
}
