package se.samverkan.dashboard;

import java.util.List;

/** One thing to see to: what it is, where it is fixed, and a message (key and arguments) saying why. */
public record AttentionItem(String label, String href, String reasonKey, List<Object> reasonArguments) {

    AttentionItem(String label, String href, String reasonKey, Object... reasonArguments) {
        this(label, href, reasonKey, List.of(reasonArguments));
    }

    public Object[] arguments() {
        return reasonArguments.toArray();
    }
}
