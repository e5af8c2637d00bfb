package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentFilenamesTest {

    private static String sanitise(String name) {
        return AttachmentFilenames.sanitise(name, "bilaga.pdf");
    }

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertThat(sanitise("C:\\Users\\anna\\Skrivbord\\överenskommelse.pdf")).isEqualTo("överenskommelse.pdf");
        assertThat(sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void keepsSwedishLettersComposed() {
        assertThat(sanitise("Åtgärdsplan för Öxnered 2027.docx")).isEqualTo("Åtgärdsplan för Öxnered 2027.docx");
        // macOS sends "å" as "a" followed by a combining ring.
        assertThat(sanitise("ha\u030Andlingsplan.pdf")).isEqualTo("håndlingsplan.pdf");
    }

    @Test
    void dropsControlAndDirectionCharactersThatCouldDisguiseTheType() {
        assertThat(sanitise("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe");
        assertThat(sanitise("rad1\nrad2\t\u0000.pdf")).isEqualTo("rad1rad2.pdf");
        assertThat(sanitise("noll\u200Bbredd.pdf")).isEqualTo("nollbredd.pdf");
    }

    @Test
    void replacesCharactersWindowsRefusesAndTidiesSpacesAndDots() {
        assertThat(sanitise("plan \"2027\": del 1?.pdf")).isEqualTo("plan _2027__ del 1_.pdf");
        assertThat(sanitise("  ..dold   fil.pdf. ")).isEqualTo("dold fil.pdf");
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertThat(sanitise(null)).isEqualTo("bilaga.pdf");
        assertThat(sanitise("")).isEqualTo("bilaga.pdf");
        assertThat(sanitise("C:\\mapp\\")).isEqualTo("bilaga.pdf");
        assertThat(sanitise("\u202E\u0007 . ")).isEqualTo("bilaga.pdf");
    }

    @Test
    void shortensLongNamesToTheColumnKeepingTheExtension() {
        String name = sanitise("å".repeat(300) + ".pdf");
        assertThat(name).hasSize(AttachmentFilenames.MAX_LENGTH).endsWith("å.pdf");
    }

    @Test
    void neverSplitsALetterOutsideTheBasicPlane() {
        String name = sanitise("\uD83D\uDCC4".repeat(300) + ".pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(AttachmentFilenames.MAX_LENGTH);
        assertThat(name).endsWith(".pdf").doesNotContain("\uFFFD");
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 5))).isFalse();
    }
}
