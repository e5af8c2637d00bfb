package se.samverkan.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress update; {@code bodyHtml} is the sanitized text, {@code statuses} the commitments it reported on. */
public record UpdateView(long id, LocalDate publishedOn, String body, String bodyHtml, String author,
                         Instant createdAt, List<StatusChange> statuses) {

    public record StatusChange(String commitment, CommitmentStatus status) {
    }
}
