package se.samverkan.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules for passwords people choose: long enough, and not a commonly used password. A password counts as common
 * when, compared without regard to case, it is on the list in {@code common-passwords.txt} (about 49 000 entries),
 * is such an entry with only digits, punctuation or spaces added before or after it ({@code Dragon123456!}), or is
 * one short piece repeated ({@code monkeymonkey}, {@code abcabcabcabc}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Pieces of at most this length, repeated, make a common password whatever they are. */
    private static final int SHORT_PIECE = 4;

    private static final Pattern PADDING = Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

    public static boolean isCommon(String password) {
        if (password == null) {
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        return isListedOrPadded(lower) || isRepeated(lower);
    }

    private static boolean isListedOrPadded(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = PADDING.matcher(lower).replaceAll("");
        return !core.isEmpty() && COMMON.contains(core);
    }

    private static boolean isRepeated(String lower) {
        int length = lower.length();
        for (int piece = 1; piece <= length / 2; piece++) {
            if (length % piece == 0 && lower.equals(lower.substring(0, piece).repeat(length / piece))) {
                String unit = lower.substring(0, piece);
                return piece <= SHORT_PIECE || isListedOrPadded(unit);
            }
        }
        return false;
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
