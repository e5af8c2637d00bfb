package se.samverkan.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The page of a list as the address asks for it, made safe for the query: the client's {@code sort} is dropped
 * (each list has its own order, and an unknown property would fail the query), and the page number is capped so
 * that its offset fits the database's integer ({@code ?page=2147483647} is simply a page past the end, empty).
 */
public final class Paging {

    private Paging() {
    }

    public static Pageable of(Pageable pageable) {
        return of(pageable, Sort.unsorted());
    }

    public static Pageable of(Pageable pageable, Sort order) {
        if (pageable.isUnpaged()) {
            return pageable;
        }
        int size = pageable.getPageSize();
        return PageRequest.of(Math.min(pageable.getPageNumber(), Integer.MAX_VALUE / size), size, order);
    }
}
