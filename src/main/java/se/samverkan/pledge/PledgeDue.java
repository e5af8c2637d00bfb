package se.samverkan.pledge;

import java.time.LocalDate;

/**
 * A published pledge whose residents are owed news: either nothing was reported for a while ({@code lastNews} is
 * the newest update, or the publication day when there is none), or its period is over and the year-end result is
 * missing ({@code resultDue}).
 */
public record PledgeDue(long pledgeId, String title, LocalDate lastNews, LocalDate periodEnd, boolean resultDue) {
}
