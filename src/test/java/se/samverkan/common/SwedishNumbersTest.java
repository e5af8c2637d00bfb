package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwedishNumbersTest {

    @Test
    void numbersAreWrittenTheSwedishWay() {
        assertThat(SwedishNumbers.format(new BigDecimal("1200.50"))).isEqualTo("1 200,5");
        assertThat(SwedishNumbers.format(new BigDecimal("12.5"))).isEqualTo("12,5");
        assertThat(SwedishNumbers.format(new BigDecimal("75.00"))).isEqualTo("75");
        assertThat(SwedishNumbers.format(new BigDecimal("-5"))).isEqualTo("−5");
        assertThat(SwedishNumbers.format(null)).isNull();
    }
}
