package se.samverkan.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void commonPasswordsAreRecognisedWhateverTheCase() {
        assertThat(PasswordPolicy.isCommon("Password1234")).isTrue();
        assertThat(PasswordPolicy.isCommon("VÄLKOMMEN123")).isTrue();
    }

    @Test
    void anUncommonSentenceIsAccepted() {
        assertThat(PasswordPolicy.isCommon("fyra ord som håller länge")).isFalse();
        assertThat(PasswordPolicy.isCommon(null)).isFalse();
    }
}
