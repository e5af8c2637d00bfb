package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagingTest {

    @Test
    void theClientsSortIsReplacedByTheListsOwnOrder() {
        Pageable asked = PageRequest.of(2, 20, Sort.by("okand"));
        assertThat(Paging.of(asked)).isEqualTo(PageRequest.of(2, 20));
        assertThat(Paging.of(asked, Sort.by("id"))).isEqualTo(PageRequest.of(2, 20, Sort.by("id")));
    }

    @Test
    void aPageFarPastTheEndKeepsItsOffsetWithinAnInteger() {
        Pageable capped = Paging.of(PageRequest.of(Integer.MAX_VALUE, 20));
        assertThat(capped.getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE).isGreaterThan(Integer.MAX_VALUE - 20);
        assertThat(Paging.of(PageRequest.of(Integer.MAX_VALUE, 1)).getOffset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anUnpagedRequestStaysUnpaged() {
        assertThat(Paging.of(Pageable.unpaged()).isUnpaged()).isTrue();
    }
}
