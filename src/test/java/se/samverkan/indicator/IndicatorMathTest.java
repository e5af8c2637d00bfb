package se.samverkan.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorMathTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void countsPerHundredThousandInhabitants() {
        assertThat(IndicatorMath.perHundredThousand(23, 11_800)).isEqualByComparingTo("194.9");
        assertThat(IndicatorMath.perHundredThousand(0, 11_800)).isEqualByComparingTo("0");
        assertThat(IndicatorMath.perHundredThousand(1, 3)).isEqualByComparingTo("33333.3");
        assertThatThrownBy(() -> IndicatorMath.perHundredThousand(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distanceToTheTargetDependsOnTheDirection() {
        assertThat(IndicatorMath.distanceToTarget(n("24"), n("20"), Direction.LOWER_IS_BETTER))
                .isEqualTo(new IndicatorMath.Distance(false, n("4")));
        assertThat(IndicatorMath.distanceToTarget(n("19.5"), n("20"), Direction.LOWER_IS_BETTER).reached()).isTrue();
        assertThat(IndicatorMath.distanceToTarget(n("20"), n("20"), Direction.LOWER_IS_BETTER).reached()).isTrue();
        assertThat(IndicatorMath.distanceToTarget(n("61"), n("65"), Direction.HIGHER_IS_BETTER))
                .isEqualTo(new IndicatorMath.Distance(false, n("4")));
        assertThat(IndicatorMath.distanceToTarget(n("66"), n("65"), Direction.HIGHER_IS_BETTER).reached()).isTrue();
        assertThat(IndicatorMath.distanceToTarget(null, n("65"), Direction.HIGHER_IS_BETTER)).isNull();
    }

    @Test
    void changeAndProgressFromTheBaseline() {
        assertThat(IndicatorMath.changeFromBaseline(n("28"), n("22"))).isEqualByComparingTo("-6");
        assertThat(IndicatorMath.changeFromBaselinePercent(n("28"), n("21"))).isEqualByComparingTo("-25.0");
        assertThat(IndicatorMath.changeFromBaselinePercent(n("0"), n("21"))).isNull();
        assertThat(IndicatorMath.progressShare(n("28"), n("20"), n("24"))).isEqualByComparingTo("0.5");
        assertThat(IndicatorMath.progressShare(n("55"), n("65"), n("52"))).isEqualByComparingTo("-0.3");
        assertThat(IndicatorMath.progressShare(n("20"), n("20"), n("24"))).isNull();
        assertThat(IndicatorMath.progressPercent(n("-0.3"))).isZero();
        assertThat(IndicatorMath.progressPercent(n("1.4"))).isEqualTo(100);
        assertThat(IndicatorMath.progressPercent(n("0.456"))).isEqualTo(46);
    }

    @Test
    void onTrackWhenTheWayCoveredKeepsPaceWithTheTimePassed() {
        LocalDate baseline = LocalDate.of(2020, 12, 31);
        LocalDate target = LocalDate.of(2026, 12, 31);
        LocalDate halfway = LocalDate.of(2023, 12, 31);
        // Halfway in time, 28 → 20: 24 is exactly on pace, 25 behind.
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, n("28"), baseline, n("20"), target, n("24"), halfway))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, n("28"), baseline, n("20"), target, n("25"), halfway))
                .isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(IndicatorMath.status(Direction.HIGHER_IS_BETTER, n("55"), baseline, n("65"), target, n("66"), halfway))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        // The target period has passed and the target was not reached.
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, n("28"), baseline, n("20"), target, n("21"),
                LocalDate.of(2027, 12, 31))).isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        // Without a baseline only reaching the target counts.
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, null, null, n("20"), target, n("21"), halfway))
                .isEqualTo(IndicatorStatus.NOT_ON_TRACK);
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, null, null, n("20"), target, n("19"), halfway))
                .isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorMath.status(Direction.LOWER_IS_BETTER, n("28"), baseline, n("20"), target, null, null))
                .isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void expectedShareIsTheTimePassed() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2020, 1, 11);
        assertThat(IndicatorMath.expectedShare(start, end, LocalDate.of(2020, 1, 6))).isEqualByComparingTo("0.5");
        assertThat(IndicatorMath.expectedShare(start, end, LocalDate.of(2019, 1, 1))).isEqualByComparingTo("0");
        assertThat(IndicatorMath.expectedShare(start, end, LocalDate.of(2021, 1, 1))).isEqualByComparingTo("1");
    }
}
