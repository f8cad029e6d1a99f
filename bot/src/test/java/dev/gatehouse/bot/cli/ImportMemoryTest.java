package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.Main;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} streams: a signals file larger than the whole heap of the JVM that imports it
 * (the command in a child JVM with {@code -Xmx64m}) is stored whole. Reading the file into memory, or
 * holding its rows in one list, cannot fit.
 */
class ImportMemoryTest {
    private static final int ACCOUNTS = 1_000;
    private static final int SIGNALS = 300_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void a_file_larger_than_the_heap_is_imported_whole() throws Exception {
        TestDatabase.fresh();
        var accounts = dir.resolve("accounts.csv");
        try (var out = Files.newBufferedWriter(accounts)) {
            out.write("domain,name,industry,employees\n");
            for (int i = 0; i < ACCOUNTS; i++) out.write("big" + i + ".example,Big " + i + ",software,120\n");
        }
        var signals = dir.resolve("signals.csv");
        writeSignals(signals);
        assertThat(Files.size(signals)).isGreaterThan(64L * 1024 * 1024);

        var log = dir.resolve("import.log");
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(List.of(java, HEAP, "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(),
                "import", accounts.toString(), signals.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(TestDatabase.env());
        var child = builder.start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) child.destroyForcibly().waitFor();

        assertThat(ended).as("the import ended").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("imported " + (ACCOUNTS + SIGNALS) + ", refused 0").doesNotContain("OutOfMemoryError");
        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(SIGNALS);
    }

    private static void writeSignals(Path file) throws IOException {
        var padding = "a realistic amount of summary text about the company and what it is doing this quarter, ".repeat(2);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("account_domain,kind,summary,source_url,observed_at,source,external_id\n");
            for (int i = 0; i < SIGNALS; i++) {
                out.write("big" + (i % ACCOUNTS) + ".example,news,\"Signal " + i + ": " + padding + "\",https://news.example.com/"
                        + i + ",2026-11-02T09:30:00Z,feed," + i + "\n");
            }
        }
    }
}
