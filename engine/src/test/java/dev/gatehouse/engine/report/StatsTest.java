package dev.gatehouse.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {
    @Test
    void wilson_intervals_match_newcombe_1998() {
        // Newcombe, Statistics in Medicine 17 (1998), table I, method 3
        assertThat(Stats.wilson(81, 263)).satisfies(i -> {
            assertThat(i.low()).isCloseTo(0.2553, within(1e-4));
            assertThat(i.high()).isCloseTo(0.3662, within(1e-4));
        });
        assertThat(Stats.wilson(15, 148)).satisfies(i -> {
            assertThat(i.low()).isCloseTo(0.0624, within(1e-4));
            assertThat(i.high()).isCloseTo(0.1605, within(1e-4));
        });
        assertThat(Stats.wilson(0, 20)).satisfies(i -> {
            assertThat(i.low()).isZero();
            assertThat(i.high()).isCloseTo(0.1611, within(1e-4));
        });
        assertThat(Stats.wilson(0, 0)).isEqualTo(new Stats.Interval(0, 1));
    }

    @Test
    void the_two_proportion_test_matches_prop_test_without_correction() {
        // R: prop.test(c(30, 20), c(100, 100), correct = FALSE) -> X-squared = 2.6667, p-value = 0.1025
        var test = Stats.twoProportion(30, 100, 20, 100);

        assertThat(test.z() * test.z()).isCloseTo(2.6667, within(1e-4));
        assertThat(test.p()).isCloseTo(0.1025, within(1e-4));
        assertThat(test.significant()).isFalse();
        assertThat(Stats.twoProportion(1, 0, 1, 10).p()).isNaN();
    }

    @Test
    void sample_size_for_five_against_ten_percent_is_435_per_arm() {
        // Fleiss' formula without continuity correction: 434.4 -> 435
        assertThat(Stats.neededPerArm(0.05, 0.10)).isEqualTo(435);
        assertThat(Stats.neededPerArm(0.1, 0.1)).isEqualTo(-1);
    }

    @Test
    void edit_distance_counts_changed_characters() {
        assertThat(EditDistance.between("Hello there", "Hello world")).isEqualTo(5);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between(null, "abc")).isEqualTo(3);
    }
}
