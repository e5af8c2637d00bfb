package se.samverkan.report.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import se.samverkan.common.ServerBusyException;

/**
 * Keeps PDF making within the heap and the cores. Laying out a report takes tens of megabytes and a core for a
 * few hundred milliseconds, so at most {@code samverkan.report.pdf.renderings} run at once (the number of cores
 * unless set); a request waits up to {@code samverkan.report.pdf.wait} for a free slot and is then answered 503
 * with {@code Retry-After}. A PDF is kept by the SHA-256 of the XHTML it was made from (bounded by
 * {@code samverkan.report.pdf.cache-size}): the same document gives the same bytes, so an approved report or an
 * unchanged draft is laid out once, and any change to what the PDF shows is a different key, with no eviction
 * to forget.
 */
@Component
class PdfRenderings {

    private static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore slots;
    private final Duration wait;
    private final Cache<String, byte[]> made;

    PdfRenderings(@Value("${samverkan.report.pdf.renderings:0}") int renderings,
                  @Value("${samverkan.report.pdf.wait:30s}") Duration wait,
                  @Value("${samverkan.report.pdf.cache-size:32MB}") DataSize cacheSize) {
        this.slots = new Semaphore(renderings > 0 ? renderings : Runtime.getRuntime().availableProcessors(), true);
        this.wait = wait;
        this.made = Caffeine.newBuilder()
                .maximumWeight(cacheSize.toBytes())
                .<String, byte[]>weigher((key, pdf) -> pdf.length)
                .build();
    }

    /** The PDF of this XHTML: kept from before, or made by {@code render} in a free slot. */
    byte[] pdf(String xhtml, Function<String, byte[]> render) {
        String key = sha256(xhtml);
        byte[] kept = made.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        acquire();
        try {
            // Another request may have made it while this one waited for its slot.
            kept = made.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
            byte[] pdf = render.apply(xhtml);
            made.put(key, pdf);
            return pdf;
        } finally {
            slots.release();
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException("PDF rendering", RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("PDF rendering", RETRY_AFTER_SECONDS);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
