package se.samverkan.common;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A section that one module adds to a page another module owns: the indicators or meetings on the agreement page,
 * the situational pictures a pledge is based on. The owning page inserts the fragment {@code panel(data)} of
 * {@code template} (see {@code fragments/panels.html}); {@code order} places panels relative to each other, lower
 * first. {@code anchor} is the id of the panel's section and {@code headingKey} the message of its heading, for the
 * page's list of what it holds.
 */
public record PagePanel(int order, String template, Object data, String anchor, String headingKey) {

    /** The panels the contributors offer for one page, in their order. */
    public static <T> List<PagePanel> collect(Stream<T> contributors, Function<T, Optional<PagePanel>> panelOf) {
        return contributors.map(panelOf).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(PagePanel::order)).toList();
    }
}
