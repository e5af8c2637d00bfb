package se.samverkan.agreement;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns the name a browser sent into one that is safe to store and to offer for download: no folders, no control or
 * direction characters (which can disguise "fdp.exe" as "exe.pdf"), none of the characters Windows refuses, at most
 * 255 characters. Letters of any language, Swedish å, ä and ö included, are kept.
 */
final class AttachmentFilenames {

    static final int MAX_LENGTH = 255;

    /** Control, format (bidi overrides, zero-width), line and paragraph separators, unassigned and private use. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cn}\\p{Co}\\p{Cs}]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AttachmentFilenames() {
    }

    /** The cleaned name, or {@code fallback} when nothing usable is left. */
    static String sanitise(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        // Browsers on macOS send decomposed letters ("a" + ring); composed ones compare and display as expected.
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // Old browsers send the whole path, Windows ones with backslashes.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = RESERVED.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        // Windows drops trailing dots and spaces; a leading dot hides the file on other systems.
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        return shorten(name);
    }

    /** Cuts the part before the extension so that the whole name fits, never splitting a letter. */
    static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
