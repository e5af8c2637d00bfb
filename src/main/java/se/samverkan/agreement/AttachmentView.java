package se.samverkan.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

public record AttachmentView(long id, AttachmentKind kind, String filename, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    /** The day of the upload in Swedish time: all users of the service are in Sweden. */
    public LocalDate uploadedOn() {
        return LocalDate.ofInstant(uploadedAt, SWEDEN);
    }

    /** Sizes from 1 MB on read better in MB ("2,4 MB"), smaller ones in whole kB. */
    public boolean shownInMegabytes() {
        return sizeBytes >= MEGABYTE;
    }

    public double sizeInMegabytes() {
        return (double) sizeBytes / MEGABYTE;
    }

    /** Rounded up, so that a small file never shows as "0 kB". */
    public long sizeInKilobytes() {
        return (sizeBytes + KILOBYTE - 1) / KILOBYTE;
    }
}
