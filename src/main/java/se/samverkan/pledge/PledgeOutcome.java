package se.samverkan.pledge;

import java.time.LocalDate;

/** A published or completed pledge with its year-end result as written (Markdown), for an annual report. */
public record PledgeOutcome(long id, String title, String target, LocalDate periodStart, LocalDate periodEnd,
                            PledgeStatus status, String resultDone, String resultAchieved, Boolean continues) {
}
