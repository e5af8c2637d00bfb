package se.samverkan.meeting;

import se.samverkan.common.ConflictException;

/** What a meeting's or action item's state does not allow, such as decisions at a meeting not yet held (409). */
public class MeetingStateException extends ConflictException {

    MeetingStateException(String messageKey) {
        super(messageKey);
    }
}
