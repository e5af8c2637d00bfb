package se.samverkan.dashboard;

import java.util.List;

/**
 * One heading of the dashboard: {@code key} names its texts ({@code dashboard.<key>.heading},
 * {@code dashboard.<key>.empty}) and its anchor. Only the first {@link #SHOWN} items are listed; the heading counts
 * them all.
 */
public record AttentionSection(String key, List<AttentionItem> items) {

    static final int SHOWN = 10;

    public List<AttentionItem> shown() {
        return items.subList(0, Math.min(SHOWN, items.size()));
    }

    public int hidden() {
        return items.size() - shown().size();
    }
}
