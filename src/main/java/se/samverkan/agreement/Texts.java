package se.samverkan.agreement;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

final class Texts {

    private Texts() {
    }


    /** Organisation names for ids, sorted and comma-separated; null for none. */
    static String names(Collection<Long> ids, Map<Long, String> names) {
        if (ids.isEmpty()) {
            return null;
        }
        return ids.stream().map(names::get).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }
}
