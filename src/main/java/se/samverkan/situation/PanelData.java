package se.samverkan.situation;

import java.util.List;

/**
 * What the situational-picture sections on the agreement and the pledge page show: for each focus area (or the one
 * pledge) its title and the pictures it is based on.
 */
public record PanelData(boolean pledge, List<Entry> entries) {

    public record Entry(String title, String anchor, List<PictureLink> pictures) {
    }

    public boolean isEmpty() {
        return entries.stream().allMatch(entry -> entry.pictures().isEmpty());
    }
}
