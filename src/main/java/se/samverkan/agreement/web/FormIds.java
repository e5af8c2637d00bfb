package se.samverkan.agreement.web;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Ids ticked in a checkbox group. A hand-made request can bind empty values as nulls; they mean nothing. */
final class FormIds {

    private FormIds() {
    }

    static Set<Long> of(Set<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
