package se.samverkan.indicator;

/** What the figures cover: the whole municipality, or a named area or place in it. */
public enum GeographicLevel {
    MUNICIPALITY,
    AREA,
    PLACE
}
