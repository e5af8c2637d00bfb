package se.samverkan.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;
import se.samverkan.common.PublicContentChanged;

/**
 * The rendered public pages in memory, so that a resident's request for an unchanged page costs no SQL at all.
 * <p>
 * Entries are fresh for {@code samverkan.public-cache.time-to-live} (30 s): that bounds how long another instance,
 * which does not hear this one's changes, may show an old page. Within this instance every change to what the public
 * site shows ({@link PublicContentChanged}) clears the whole cache when its transaction ends: a pledge is shown on its
 * own page, the list, its municipality's page, the start page, both feeds and the open data, and an organisation's
 * name on many of them, so working out which pages one change touches would cost more than rendering them again.
 * Changes are rare next to reads. An older entry is kept (up to {@code samverkan.public-cache.keep-stale-for}) to be
 * served while the database cannot answer; otherwise it is rendered again.
 * <p>
 * A request that started before a clear does not store what it rendered (the {@linkplain #generation() generation}
 * has moved on), so an old page cannot come back after a change.
 */
@Component
class PublicPageCache {

    private static final Logger log = LoggerFactory.getLogger(PublicPageCache.class);

    private final Cache<String, Page> pages;
    private final Duration timeToLive;
    private final AtomicLong generation = new AtomicLong();

    PublicPageCache(@Value("${samverkan.public-cache.time-to-live:30s}") Duration timeToLive,
                    @Value("${samverkan.public-cache.keep-stale-for:1h}") Duration keepStaleFor,
                    @Value("${samverkan.public-cache.max-size:32MB}") DataSize maxSize) {
        this.timeToLive = timeToLive;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length + 512)
                .expireAfterWrite(timeToLive.plus(keepStaleFor))
                .build();
    }

    Optional<Page> find(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /** Stores the page rendered by a request that began in {@code startedIn}, unless a change came since. */
    void store(String key, Page page, long startedIn) {
        if (generation.get() != startedIn) {
            return;
        }
        pages.put(key, page);
        // A clear between the check and the put would otherwise leave the old page in for its time to live.
        if (generation.get() != startedIn) {
            pages.invalidate(key);
        }
    }

    long generation() {
        return generation.get();
    }

    boolean isFresh(Page page, Instant now) {
        return page.storedAt().plus(timeToLive).isAfter(now);
    }

    /**
     * After the transaction that changed something ended (committed or rolled back), or at once when there was
     * none. Clearing before the commit would let a request in between store the old page again.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void changed(PublicContentChanged change) {
        clear();
        log.debug("Public page cache cleared: {} {} changed", change.what(), change.id());
    }

    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** A rendered 200 response: its content type, the headers to send again (name, values), the body and more. */
    record Page(String contentType, Map<String, List<String>> headers, byte[] body, String etag, Locale locale,
                Instant storedAt) {
    }
}
