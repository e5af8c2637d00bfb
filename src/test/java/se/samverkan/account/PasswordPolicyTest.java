package se.samverkan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theListIsARealOneOfTensOfThousandsOfPasswordsAndStaysSmall() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            byte[] bytes = in.readAllBytes();
            long entries = new String(bytes, StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
            assertThat(entries).isGreaterThanOrEqualTo(10_000);
            assertThat(bytes.length).isLessThan(1_000_000);
        }
        assertThat(PasswordPolicy.class.getResource("/common-passwords.LICENSE.txt")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "VÄLKOMMEN123", "qwertyuiopasdf", "1QAZ2WSX3EDC", "123qweasdzxc",
            "sonyericsson", "LeaveMeAlone"})
    void listedPasswordsAreCommonWhateverTheCase(String password) {
        assertThat(PasswordPolicy.isCommon(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dragon123456!", "!!sunshine2026", "Trustno1-2026", "football 1234 !", "Baseball#2025#"})
    void aShortCommonPasswordWithDigitsOrSymbolsAroundItIsStillCommon(String password) {
        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(PasswordPolicy.isCommon(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonkeyMonkey", "abcabcabcabc", "xyzwxyzwxyzw", "jordanjordanjordan"})
    void aRepeatedCommonOrShortPieceIsCommon(String password) {
        assertThat(PasswordPolicy.isCommon(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fyra ord som håller länge", "blåbär i skogen varje höst", "trygghetsvandring i mörkret",
            "Kaffe, kanel och kvällssol 7", "tranbär-snöskoter-ekorre"})
    void uncommonSentencesAreAccepted(String password) {
        assertThat(PasswordPolicy.isCommon(password)).isFalse();
    }

    @Test
    void nothingIsNotCommon() {
        assertThat(PasswordPolicy.isCommon(null)).isFalse();
    }
}
