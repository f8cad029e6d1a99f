package dev.gatehouse.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {
    @Test
    void ranks_are_nearest_rank_in_milliseconds() {
        var nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) nanos[i] = (20 - i) * 1_000_000L; // 20 ms down to 1 ms, unsorted

        var p = Percentiles.ofNanos(nanos);

        assertThat(p.p50()).isEqualTo(10.0);
        assertThat(p.p95()).isEqualTo(19.0);
        assertThat(p.p99()).isEqualTo(20.0);
        assertThat(p.max()).isEqualTo(20.0);
        assertThat(p.mean()).isEqualTo(10.5);
        assertThat(p.p50p95()).isEqualTo("p50 10.0 ms, p95 19.0 ms");
    }
}
