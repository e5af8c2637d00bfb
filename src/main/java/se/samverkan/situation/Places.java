package se.samverkan.situation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How place names are compared. People type "Solgården", "solgården " or "Solgårdsområdet i Tranemo"; a hotspot
 * is the same place in another period when its name is equal ignoring case and spacing, and a measure or pledge is
 * aimed at it when its place names the hotspot's place as whole words.
 */
final class Places {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Places() {
    }

    static String key(String place) {
        return place == null ? "" : SPACES.matcher(place.strip()).replaceAll(" ").toLowerCase(SWEDISH);
    }

    /** Whether {@code text} (a measure's place, a pledge's target) names {@code place} as whole words. */
    static boolean names(String text, String place) {
        String needle = key(place);
        if (needle.isEmpty() || text == null) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])")
                .matcher(key(text)).find();
    }
}
