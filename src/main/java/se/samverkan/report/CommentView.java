package se.samverkan.report;

import java.time.Instant;

public record CommentView(long id, SectionKey section, String author, String body, Instant createdAt, String answer,
                          String answeredBy, Instant answeredAt, boolean resolved) {

    public String createdAtText() {
        return SwedishTime.format(createdAt);
    }

    public String answeredAtText() {
        return SwedishTime.format(answeredAt);
    }
}
