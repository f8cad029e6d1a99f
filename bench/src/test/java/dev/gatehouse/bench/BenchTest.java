package dev.gatehouse.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BenchTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Bench bench = new Bench(Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void no_argument_prints_the_usage_and_runs_nothing() {
        assertThat(bench.run(new String[0])).isEqualTo(2);
        assertThat(printed()).contains("Usage:", "all ", "flow ", "startup ", "memory ", "--quick", "--out PATH").doesNotContain("== ");
    }

    @Test
    void an_unknown_benchmark_is_named_and_nothing_runs() {
        assertThat(bench.run(new String[]{"verify", "speed"})).isEqualTo(2);
        assertThat(printed()).contains("Unknown benchmark or option 'speed'").doesNotContain("== verify");
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a guard: well under a minute on an idle 2-core machine, minutes when it is shared
    void all_quick_runs_every_benchmark_end_to_end_and_writes_the_report(@TempDir Path dir) throws Exception {
        var report = dir.resolve("BENCHMARKS.md");
        long t0 = System.nanoTime();

        int code = bench.run(new String[]{"all", "--quick", "--out", report.toString()});

        System.out.println(printed());
        System.out.printf("bench all --quick took %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        assertThat(code).isZero();
        var text = Files.readString(report);
        System.out.println(text);
        assertThat(text).contains("## Draft verification", "## Reply triage", "## Scoring", "## Signal ingestion",
                "## Slack acknowledgement", "## The human gate, end to end", "## Start-up", "## Memory",
                "Approve click → SMTP server accepted the email", "peak RSS (VmHWM)", "load average")
                .doesNotContain("failed:", "figures not recognised");
    }

    @Test
    void eval_times_triage_over_every_labelled_reply_set_in_the_directory_not_only_the_team_dev_set(@TempDir Path dir) throws Exception {
        // this repository's eval/ has no replies-dev.jsonl; `--eval eval` once failed the triage part for it
        var lines = Files.readAllLines(Path.of("../eval/replies-heldout.jsonl")).stream().filter(l -> !l.isBlank()).limit(4).toList();
        Files.write(dir.resolve("replies-sample.jsonl"), lines);

        int code = bench.run(new String[]{"triage", "--quick", "--eval", dir.toString()});

        assertThat(code).isZero();
        assertThat(printed()).contains("triage per item over `replies-sample.jsonl` (4 items").doesNotContain("failed");
    }
}
