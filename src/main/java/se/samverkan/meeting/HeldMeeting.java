package se.samverkan.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting that has taken place, with its decisions in the order they were taken (for an annual report). */
public record HeldMeeting(long id, LocalDate date, String place, List<DecisionView> decisions) {
}
