package se.samverkan.situation;

/**
 * A hotspot's incident count compared with the previous period's picture. {@code NEW} when the previous picture
 * has no hotspot at the same place and category; no trend at all (null) when there is no previous picture.
 */
public enum Trend {
    UP, DOWN, UNCHANGED, NEW;

    /** {@code previousCount} is null when the previous picture had no such hotspot. */
    public static Trend of(Integer previousCount, int count) {
        if (previousCount == null) {
            return NEW;
        }
        return count > previousCount ? UP : count < previousCount ? DOWN : UNCHANGED;
    }
}
