package se.samverkan.agreement;

import java.time.Instant;

public record AttachmentView(long id, AttachmentKind kind, String filename, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {
}
