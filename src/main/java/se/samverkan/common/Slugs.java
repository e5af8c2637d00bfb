package se.samverkan.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters, digits and single hyphens ("tranemo-kommun"). */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Lokalpolisområde Tranemo" becomes "lokalpolisomrade-tranemo". */
    public static String from(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String hyphenated = NOT_SLUG.matcher(ascii).replaceAll("-");
        return hyphenated.replaceAll("^-+|-+$", "");
    }
}
