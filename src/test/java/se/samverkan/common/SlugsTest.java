package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void swedishLettersBecomePlainAsciiAndSpacesHyphens() {
        assertThat(Slugs.from("Lokalpolisområde Tranemo")).isEqualTo("lokalpolisomrade-tranemo");
        assertThat(Slugs.from("Tranemobostäder")).isEqualTo("tranemobostader");
        assertThat(Slugs.from("  Ö-vik & Umeå!  ")).isEqualTo("o-vik-umea");
    }

    @Test
    void madeSlugsMatchThePatternTheDatabaseChecks() {
        assertThat(Slugs.from("Trelleborgs kommun")).matches(Slugs.PATTERN);
        assertThat("--dubbel").doesNotMatch(Slugs.PATTERN);
        assertThat("Versaler").doesNotMatch(Slugs.PATTERN);
    }
}
