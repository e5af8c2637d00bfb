package se.samverkan.agreement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One change as the history page shows it: who, when, which part and field, old → new. */
public record HistoryEntry(Instant changedAt, String changedBy, AgreementPart part, String partLabel, String action,
                           String field, String oldValue, String newValue) {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** When, in Swedish time: all users of the service are in Sweden. */
    public LocalDateTime changedAtInSweden() {
        return LocalDateTime.ofInstant(changedAt, SWEDEN);
    }

    /** Fields whose values are enum names, shown through the messages with this prefix. */
    public String valuePrefix() {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "status" -> "agreementStatus";
            case "measureStatus" -> "measureStatus";
            case "measureType" -> "measureType";
            case "goalType" -> "goalType";
            case "meetingRhythm" -> "meetingRhythm";
            case "publicSummary" -> "yesNo";
            default -> null;
        };
    }
}
