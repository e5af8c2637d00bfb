package se.samverkan.report;

import java.util.Objects;

/**
 * One written section of a report, as it appears in URLs: {@code sammanfattning}, {@code analys-12},
 * {@code prioriteringar-12} (12 being the focus area's id).
 */
public record SectionKey(SectionKind kind, Long focusAreaId) {

    public SectionKey {
        Objects.requireNonNull(kind);
        if ((kind == SectionKind.SUMMARY) != (focusAreaId == null)) {
            throw new IllegalArgumentException("Only the summary belongs to no focus area");
        }
    }

    public static final SectionKey SUMMARY = new SectionKey(SectionKind.SUMMARY, null);

    public static SectionKey analysis(long focusAreaId) {
        return new SectionKey(SectionKind.ANALYSIS, focusAreaId);
    }

    public static SectionKey priorities(long focusAreaId) {
        return new SectionKey(SectionKind.PRIORITIES, focusAreaId);
    }

    /** The key from a URL; {@code null} for anything that is not one (the caller answers 404). */
    public static SectionKey parse(String text) {
        if ("sammanfattning".equals(text)) {
            return SUMMARY;
        }
        int dash = text == null ? -1 : text.lastIndexOf('-');
        if (dash < 0) {
            return null;
        }
        String prefix = text.substring(0, dash);
        String number = text.substring(dash + 1);
        if (!number.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        long id = Long.parseLong(number);
        return switch (prefix) {
            case "analys" -> analysis(id);
            case "prioriteringar" -> priorities(id);
            default -> null;
        };
    }

    public String path() {
        return switch (kind) {
            case SUMMARY -> "sammanfattning";
            case ANALYSIS -> "analys-" + focusAreaId;
            case PRIORITIES -> "prioriteringar-" + focusAreaId;
        };
    }

    @Override
    public String toString() {
        return path();
    }
}
