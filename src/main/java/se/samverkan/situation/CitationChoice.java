package se.samverkan.situation;

/**
 * A focus area or pledge that may cite a picture. {@code value} is what the form sends: {@code omrade-ID} for a focus
 * area, {@code lofte-ID} for a pledge.
 */
public record CitationChoice(String value, String label) {

    public static final String FOCUS_AREA = "omrade-";
    public static final String PLEDGE = "lofte-";
}
