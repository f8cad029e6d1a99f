package dev.gatehouse.bench.scoring;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringBenchmarkTest {

    @Test
    void small_run_reports_rescore_baseline_and_latency() {
        var bytes = new ByteArrayOutputStream();

        new ScoringBenchmark(2_000, 0, 7).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("built 2,000 accounts", "pass 2: re-score", "baseline employee sum",
                "one account with 20 signals: p50");
        assertThat(output).doesNotContain("semantic");
    }
}
