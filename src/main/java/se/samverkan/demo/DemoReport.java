package se.samverkan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samverkan.report.Recipient;

/**
 * An annual report of a demo agreement: its texts (the analysis and priorities keyed by focus-area title), review
 * comments, and how far it has come: sent for review, approved by the given steering-group members, presented,
 * published on the municipality's public page.
 */
record DemoReport(String municipality, String agreementTitle, String coordinatorEmail, int year, String summary,
                  Map<String, AreaTexts> areas, boolean submitted, List<Comment> comments,
                  List<String> approverEmails, List<Presentation> presentations, boolean published) {

    record AreaTexts(String analysis, String priorities) {
    }

    /** {@code focusArea} null comments on the summary; {@code answer} null leaves it unanswered. */
    record Comment(String authorEmail, String focusArea, String text, String answer) {
    }

    record Presentation(Recipient recipient, LocalDate on, String registrationNumber) {
    }
}
