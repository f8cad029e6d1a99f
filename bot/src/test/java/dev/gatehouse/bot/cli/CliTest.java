package dev.gatehouse.bot.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The production jar's command line: the benchmarks live in their own jar. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(Map.of(), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dev.gatehouse.bot.Main::start);

    @Test
    void bench_fails_with_one_line_pointing_to_the_bench_jar() {
        var code = cli.run(new String[]{"bench", "verify"});

        assertThat(code).isNotZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench/target/gatehouse-bench.jar").hasLineCount(1);
    }

    @Test
    void help_no_longer_lists_bench() {
        var code = cli.run(new String[]{"help"});

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("verify").doesNotContain("bench");
    }
}
