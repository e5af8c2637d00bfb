package se.samverkan.pledge;

import java.time.LocalDate;
import java.util.Map;

/** A progress update: its date, the text for residents, and a new status for the commitments it names. */
public record UpdateCommand(LocalDate publishedOn, String body, Map<Long, CommitmentStatus> statuses) {
}
