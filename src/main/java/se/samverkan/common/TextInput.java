package se.samverkan.common;

/** What a person typed into an optional text field, as it is stored: without surrounding space, null when empty. */
public final class TextInput {

    private TextInput() {
    }

    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
