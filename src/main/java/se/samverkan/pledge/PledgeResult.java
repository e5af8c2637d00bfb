package se.samverkan.pledge;

import java.time.LocalDate;

/** The year-end result as written (Markdown) and as shown (sanitized HTML). */
public record PledgeResult(String done, String doneHtml, String achieved, String achievedHtml, boolean continues,
                           LocalDate writtenOn) {
}
