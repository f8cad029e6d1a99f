package dev.gatehouse.bench.ack;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's harness works end to end; its numbers are printed, never asserted. */
class AckBenchmarkTest {
    @Test
    void every_signed_click_is_acknowledged_and_both_sides_are_reported() {
        var bytes = new ByteArrayOutputStream();

        new AckBenchmark(Integer.parseInt(System.getenv().getOrDefault("GATEHOUSE_BENCH_ACKS", "400"))).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        var report = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(report).contains("non-200: 0").contains("baseline bare Javalin").contains("ratio to baseline");
    }
}
