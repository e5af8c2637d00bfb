package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoPersonalIdentityNumberValidatorTest {

    private final NoPersonalIdentityNumberValidator validator = new NoPersonalIdentityNumberValidator();

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9876",
            "Anmälan gällde 811218-9876 i trapphuset.",
            "811218+9876",
            "198112189876",
            "19811218-9876",
            "(811218-9876)",
            "701063-2391",
            "19701063-2391",
            "000229-0005",
            "flera: 123, 811218-9876.",
            "811218 9876",
            "8112189876",
            "19811218 9876",
            "811218\u20139876",
            "811218\u20149876",
            "19811218\u20139876",
            "Anmälan gällde 811218\u20149876.",
            "811218\u00A09876",
            "811218\u22129876"})
    void refusesTextWithAValidNumber(String text) {
        assertThat(validator.isValid(text, null)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "Inga personuppgifter här, 12 händelser.",
            "811218-9875",
            "0701-234567",
            "070-123 45 67",
            "0701234567",
            "2026-03-15",
            "2026-03-15 kl. 21",
            "KS 2026/1234",
            "811318-9875",
            "810230-9872",
            "19000229-0005",
            "1198112189876",
            "811218-98761",
            "9811218-9876",
            "811218\u20139875",
            "811218\u2013\u20139876",
            "2026\u201303\u201315"})
    void acceptsTextWithoutAValidNumber(String text) {
        assertThat(validator.isValid(text, null)).as(text).isTrue();
    }

    @Test
    void nullIsLeftToOtherConstraints() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void luhnCheckDigitOfKnownExamples() {
        assertThat(NoPersonalIdentityNumberValidator.luhnValid("8112189876")).isTrue();
        assertThat(NoPersonalIdentityNumberValidator.luhnValid("8112189870")).isFalse();
    }

    @Test
    void aSerialThatPassesTheCheckInAPhoneShapedNumberIsStillOnlyRefusedWhenTheDateExists() {
        // 070123-4567: 1 January 2007 exists, so it is refused only if the check digit fits.
        assertThat(NoPersonalIdentityNumberValidator.containsOne("070123-4567"))
                .isEqualTo(NoPersonalIdentityNumberValidator.luhnValid("0701234567"));
    }
}
