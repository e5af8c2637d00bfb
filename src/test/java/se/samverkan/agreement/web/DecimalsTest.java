package se.samverkan.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void whatTheFormShowsCanBeSavedAgainUnchanged() {
        for (String typed : new String[] {"1 200,5", "12,5", "1200.5", "−5", "1 000 000"}) {
            assertThat(typed).matches(Decimals.PATTERN);
            BigDecimal value = Decimals.parse(typed);
            assertThat(Decimals.format(value)).matches(Decimals.PATTERN);
            assertThat(Decimals.parse(Decimals.format(value))).isEqualByComparingTo(value);
        }
        assertThat(Decimals.parse("1 200,5")).isEqualByComparingTo("1200.5");
        assertThat("1,2,3").doesNotMatch(Decimals.PATTERN);
        assertThat("1234567890123").doesNotMatch(Decimals.PATTERN);
    }
}
