package se.samverkan.pledge;

import java.time.LocalDate;
import java.util.Set;

/** A pledge's own fields as a form sends them; the texts are Markdown. */
public record PledgeCommand(String title, String target, Set<Long> partnerIds, LocalDate periodStart,
                            LocalDate periodEnd, String situation, String achievement, String followUp,
                            long version) {
}
