package dev.gatehouse.bench.verify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class VerifierBenchmarkTest {
    @Test
    void prints_verify_and_baseline_timings() {
        var bytes = new ByteArrayOutputStream();

        new VerifierBenchmark(100, 2, 1).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var report = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertThat(report).containsPattern("baseline .* mean \\d+\\.\\d+ ms  p50 \\d+\\.\\d+ ms  p99 \\d+\\.\\d+ ms")
                .containsPattern("verify .* mean \\d+\\.\\d+ ms  p50 \\d+\\.\\d+ ms  p99 \\d+\\.\\d+ ms");
    }
}
