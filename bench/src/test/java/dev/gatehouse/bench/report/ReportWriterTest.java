package dev.gatehouse.bench.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWriterTest {
    private static final Machine MACHINE = new Machine("Intel(R) Xeon(R) Processor", 2, 24_105, "Linux 6.1 amd64",
            "OpenJDK 64-Bit Server VM 25+36 (Eclipse Adoptium)", Instant.parse("2026-11-22T10:00:00Z"),
            Instant.parse("2026-11-22T10:07:30Z"), "1.20 / 0.80 / 0.40", "1.90 / 1.50 / 0.90");

    private static final Section GATE = new Section("The human gate, end to end", List.of(
            new Row("Approve click → SMTP server accepted the email", "p50 210 ms, p95 295 ms",
                    "plain Jakarta Mail: p50 4.10 ms, p95 6.20 ms", "p95 ≤ 500 ms", Verdict.MET),
            Row.info("signed signal in → review message posted", "p50 1,100 ms, p95 1,900 ms", "bare HTTP: p50 1.20 ms")),
            List.of("20 samples, one at a time."));
    private static final Section MEMORY = new Section("Memory", List.of(
            new Row("peak RSS | VmHWM", "600 MB", "empty database: 380 MB", "≤ 512 MB", Verdict.MISSED)), List.of());

    @Test
    void every_figure_is_a_table_row_beside_its_baseline_target_and_mark() {
        var text = ReportWriter.render(MACHINE, "gatehouse-bench all", List.of(), List.of(GATE, MEMORY));

        assertThat(text).contains("## The human gate, end to end\n\n"
                + "| measure | result | baseline, same run | target | |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| Approve click → SMTP server accepted the email | p50 210 ms, p95 295 ms | plain Jakarta Mail: p50 4.10 ms, "
                + "p95 6.20 ms | p95 ≤ 500 ms | ✔ |\n"
                + "| signed signal in → review message posted | p50 1,100 ms, p95 1,900 ms | bare HTTP: p50 1.20 ms |  |  |\n\n"
                + "- 20 samples, one at a time.\n");
        assertThat(text).contains("| peak RSS \\| VmHWM | 600 MB | empty database: 380 MB | ≤ 512 MB | ✘ |");
    }

    @Test
    void the_header_names_the_machine_the_run_and_the_load_before_and_after() {
        var text = ReportWriter.render(MACHINE, "gatehouse-bench all", List.of(), List.of(GATE));

        assertThat(text).startsWith("# Gatehouse benchmarks\n\nWritten by `gatehouse-bench all`")
                .contains("| processor | Intel(R) Xeon(R) Processor |", "| cores | 2 |", "| memory | 24,105 MB |",
                        "| JDK | OpenJDK 64-Bit Server VM 25+36 (Eclipse Adoptium) |",
                        "| date | 2026-11-22 10:00 UTC, ran 7 min 30 s |",
                        "| load average (1 / 5 / 15 min) | before 1.20 / 0.80 / 0.40; after 1.90 / 1.50 / 0.90 |");
    }

    @Test
    void a_load_above_the_cores_is_called_out_once() {
        var busy = new Machine("cpu", 2, 1_000, "Linux", "JDK", Instant.EPOCH, Instant.EPOCH, "1.50 / 1.00 / 0.50", "17.02 / 16.29 / 15.92");

        assertThat(ReportWriter.render(busy, "gatehouse-bench all", List.of(), List.of(GATE)))
                .containsOnlyOnce("Other work shared the machine during the run (load average above its 2 cores)");
        assertThat(ReportWriter.render(MACHINE, "gatehouse-bench all", List.of(), List.of(GATE))).doesNotContain("Other work");
    }

    @Test
    void the_summary_counts_targets_met_and_names_the_sections_that_missed_one() {
        var text = ReportWriter.render(MACHINE, "gatehouse-bench all", List.of(), List.of(GATE, MEMORY));

        assertThat(text).contains("Targets: 1 met, 1 missed (Memory).");
    }

    @Test
    void remarks_stand_under_the_introduction() {
        var text = ReportWriter.render(MACHINE, "gatehouse-bench all --quick", List.of("Small sizes: a check of the harness."),
                List.of(GATE));

        assertThat(text).contains("✘ missed.\n\n**Small sizes: a check of the harness.**\n\n| machine | |");
    }

    @Test
    void a_target_without_a_verdict_is_refused() {
        assertThatThrownBy(() -> new Row("x", "1 ms", "0.5 ms", "≤ 2 ms", Verdict.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }
}
