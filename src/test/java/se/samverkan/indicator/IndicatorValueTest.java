package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

    private static IndicatorValue valueWithNote(String note) {
        IndicatorValue value = new IndicatorValue(1, Period.year(2024));
        value.change(new ValueCommand(Period.year(2024), BigDecimal.TEN, null, null, null, null, note, 0), 2,
                "Test Testsson", Instant.now());
        return value;
    }

    @Test
    void aNoteOfAThousandCharactersIsKeptWhole() {
        String note = "a".repeat(1000);
        assertThat(valueWithNote("  " + note + "\n").getNote()).isEqualTo(note);
    }

    @Test
    void aLongerNoteIsRefusedRatherThanCutShort() {
        assertThatThrownBy(() -> valueWithNote("a".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }
}
