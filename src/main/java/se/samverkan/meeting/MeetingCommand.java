package se.samverkan.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A meeting's own fields; {@code time} and {@code place} are optional, attendees are steering-group member ids. */
public record MeetingCommand(LocalDate date, LocalTime time, String place, Set<Long> attendeeIds, String agenda,
                             String notes, long version) {
}
