package dev.gatehouse.engine.customers;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;

class AnomalyDetectorTest {
    private final AnomalyDetector detector = new AnomalyDetector();

    @Test
    void noise_on_a_steady_metric_is_never_flagged() {
        var series = Series.weeks("weekly_active_users", 1, Series.noisy(30, 100));
        var flagged = series.stream().filter(w -> detector.check(series, w.weekStart()).isPresent()).count();
        assertThat(flagged).isZero();
    }

    @Test
    void a_step_drop_is_flagged_in_the_week_it_happens_with_its_numbers() {
        var values = DoubleStream.concat(Arrays.stream(Series.noisy(12, 100)), DoubleStream.of(50, 51, 49, 50)).toArray();
        var series = Series.weeks("weekly_active_users", 1, values);
        var finding = detector.check(series, Series.FIRST.plusWeeks(12)).orElseThrow();
        assertThat(finding.direction()).isEqualTo(AnomalyDirection.DROP);
        assertThat(finding.value()).isEqualTo(50);
        assertThat(finding.median()).isEqualTo(99.5);
        assertThat(finding.sources()).first().isEqualTo(new Ref("usage", 13));
        assertThat(finding.sources()).hasSize(9);
        // four weeks on, the low level is the new normal
        assertThat(detector.check(series, Series.FIRST.plusWeeks(15)).isPresent()).isTrue();
        var settled = Series.weeks("weekly_active_users", 1, DoubleStream.concat(Arrays.stream(values), DoubleStream.of(50, 50)).toArray());
        assertThat(detector.check(settled, Series.FIRST.plusWeeks(17))).isEmpty();
    }

    @Test
    void one_odd_week_in_the_baseline_does_not_hide_the_next_drop() {
        var values = Series.noisy(12, 100);
        values[9] = 10; // an outage week
        var series = Series.weeks("events", 1, DoubleStream.concat(Arrays.stream(values), DoubleStream.of(55)).toArray());
        assertThat(detector.check(series, Series.FIRST.plusWeeks(12))).get()
                .extracting(AnomalyDetector.Finding::direction).isEqualTo(AnomalyDirection.DROP);
    }

    @Test
    void a_spike_is_reported_as_growth() {
        var values = DoubleStream.concat(Arrays.stream(Series.noisy(10, 40)), DoubleStream.of(90)).toArray();
        var finding = detector.check(Series.weeks("key_feature_events", 1, values), Series.FIRST.plusWeeks(10)).orElseThrow();
        assertThat(finding.direction()).isEqualTo(AnomalyDirection.SPIKE);
        assertThat(finding.change()).isGreaterThan(1);
    }

    @Test
    void too_little_history_is_no_baseline() {
        var series = Series.weeks("events", 1, 100, 100, 100, 10);
        assertThat(detector.check(series, Series.FIRST.plusWeeks(3))).isEmpty();
    }

    @Test
    void the_band_a_chart_draws_is_exactly_where_flagging_starts() {
        var baseline = Series.noisy(8, 100);
        var band = AnomalyDetector.band(Robust.median(baseline), Robust.mad(baseline, Robust.median(baseline)));
        for (double value : new double[]{band.low() + 0.01, band.low(), band.high() - 0.01, band.high()}) {
            var series = Series.weeks("events", 1, DoubleStream.concat(Arrays.stream(baseline), DoubleStream.of(value)).toArray());
            assertThat(detector.check(series, Series.FIRST.plusWeeks(8)).isPresent()).as("value %s", value)
                    .isEqualTo(!band.contains(value));
        }
    }
}
