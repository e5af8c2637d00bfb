package se.samverkan.indicator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded or pasted CSV file, refused before anything is read when it is too large, empty or not
 * UTF-8. Excel's "CSV" (not "CSV UTF-8") writes Windows-1252, whose å, ä and ö are not valid UTF-8: the strict
 * decoder reports that instead of turning the letters into replacement characters.
 */
public final class ImportText {

    /** 1 MB: several thousand rows, far more than an agreement's indicators have in years. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private ImportText() {
    }

    /** The file's text without a byte order mark. */
    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefusedException("import.tooLarge", MAX_BYTES / 1024);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("import.notUtf8", null);
        }
        return checked(text);
    }

    /** Pasted text: the same limits as a file. */
    public static String checked(String text) {
        String value = text == null ? "" : text;
        if (value.startsWith("\uFEFF")) {
            value = value.substring(1);
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ImportRefusedException("import.tooLarge", MAX_BYTES / 1024);
        }
        if (value.isBlank()) {
            throw new ImportRefusedException("import.empty", null);
        }
        return value;
    }
}
