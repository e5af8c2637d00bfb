package se.samverkan.meeting;

import java.time.LocalDate;

/** An open action item for a dashboard, with the agreement and meeting it came from. */
public record OpenActionItem(long id, String description, String ownerName, LocalDate dueDate, long meetingId,
                             LocalDate meetingDate, long agreementId, String agreementTitle, boolean overdue) {
}
