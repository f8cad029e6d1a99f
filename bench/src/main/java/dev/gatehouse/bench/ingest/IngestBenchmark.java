package dev.gatehouse.bench.ingest;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.ChildJvm;
import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.bench.support.TempDir;
import dev.gatehouse.bot.Main;
import dev.gatehouse.bot.cli.Cli;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The {@code gatehouse import} command a user runs — {@link Cli} in process, from the CSV file on disk
 * through the streamed parse, the batch's key lookups and the COPY into {@code signals}, to the one follow-on call —
 * against a raw PostgreSQL COPY of the same rows (the same file with account ids instead of domains)
 * into {@code signals}, in the same run and the same (throwaway) database. Target: the command at
 * ≥ 0.5 × the COPY's speed. Then the command again in a child JVM ({@link ImportHeapProbe}, a fixed
 * {@value #PROBE_HEAP}) on this file and on one ten times larger: the heap it needs must not grow with the file.
 */
public final class IngestBenchmark {
    public static final double TARGET_RATIO = 0.5;
    static final String PROBE_HEAP = "-Xmx256m";
    private static final Instant NOW = Instant.now();

    private final BenchDatabase database;
    private final int count;
    private final int accounts;

    public IngestBenchmark(BenchDatabase database, int count) {
        this.database = database;
        this.count = count;
        this.accounts = Math.max(100, count / 10);
    }

    /** The heap of one child import: the most in use at any time, and the most still live after a collection. */
    public record Heap(int rows, long peakKib, long liveKib) {
    }

    /** Rows per second, best of the rounds each; the heap of the import at this size and ten times it. */
    public record Result(int rows, int accounts, double copyRate, double importRate, List<Heap> heap, RescoreAcks.Result acks) {
        public double ratio() {
            return importRate / copyRate;
        }

        /** The live heap at ten times the rows stays within 1.5 × (and 16 MB of) the live heap at this size. */
        public boolean heapIndependentOfSize() {
            return heap.size() == 2 && heap.get(1).liveKib() <= heap.get(0).liveKib() * 1.5 + 16 * 1024;
        }
    }

    public Result run(PrintStream out) {
        try (var dir = new TempDir("gatehouse-bench-ingest")) {
            var url = database.fresh("ingest");
            var env = BenchDatabase.env(url);
            var accountsCsv = writeAccounts(dir.path().resolve("accounts.csv"));
            command(env, accountsCsv);
            var signalsCsv = writeSignals(dir.path().resolve("signals.csv"), count, null);
            try (var workspace = Workspace.open(BenchDatabase.config(url))) {
                var raw = writeSignals(dir.path().resolve("signals-raw.csv"), count, accountIds(workspace));
                double copyRate = 0, importRate = 0;
                int rounds = count >= 500_000 ? 1 : 3;
                for (int round = 0; round < rounds; round++) {
                    Copy.execute(workspace.dataSource(), "truncate table signals cascade");
                    long t0 = System.nanoTime();
                    rawCopy(workspace, raw);
                    copyRate = Math.max(copyRate, count / ((System.nanoTime() - t0) / 1e9));
                    Copy.execute(workspace.dataSource(), "truncate table signals cascade");
                    long t1 = System.nanoTime();
                    command(env, signalsCsv);
                    importRate = Math.max(importRate, count / ((System.nanoTime() - t1) / 1e9));
                }
                out.printf("signals per run: %,d into %,d accounts (best of %d)%n", count, accounts, rounds);
                out.printf("baseline raw COPY of the same rows into signals: %,.0f rows/s%n", copyRate);
                out.printf("gatehouse import (stream, look up the batch's keys, COPY, follow-on call): %,.0f rows/s = %.2f x COPY (target >= %.1f)%n",
                        importRate, importRate / copyRate, TARGET_RATIO);
                var acks = new RescoreAcks(workspace, url, Math.clamp(count / 250, 100, 400)).run(out);
                var heap = new ArrayList<Heap>();
                heap.add(probe(workspace, env, signalsCsv, count, out));
                Files.delete(raw);
                Files.delete(signalsCsv);
                var big = writeSignals(dir.path().resolve("signals-10x.csv"), count * 10, null);
                heap.add(probe(workspace, env, big, count * 10, out));
                return new Result(count, accounts, copyRate, importRate, heap, acks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command a user runs, in this process, with its follow-on work (the one queued re-score job
     * {@code Cli} wires as {@code AfterImport}), so that is measured with the import.
     */
    private static void command(Map<String, String> env, Path file) {
        var printed = new ByteArrayOutputStream();
        var stream = new PrintStream(printed, true);
        int code = new Cli(env, new ByteArrayInputStream(new byte[0]), stream, stream, Main::start).run(new String[]{"import", file.toString()});
        if (code != 0) throw new IllegalStateException("import of " + file + " exited " + code + ": " + printed);
    }

    private Heap probe(Workspace workspace, Map<String, String> env, Path file, int rows, PrintStream out) {
        Copy.execute(workspace.dataSource(), "truncate table signals cascade");
        var childEnv = new HashMap<>(env);
        childEnv.put("JAVA_TOOL_OPTIONS", PROBE_HEAP);
        try (var child = ChildJvm.start(ImportHeapProbe.class.getName(), List.of(file.toString()), childEnv)) {
            int code = child.await(Duration.ofHours(1));
            var output = child.output();
            if (code != 0) throw new IllegalStateException("the child import exited " + code + ": " + output);
            var heap = new Heap(rows, figure(output, "heap-peak-kib"), figure(output, "heap-live-kib"));
            out.printf("import of %,d rows in a child JVM (%s): peak heap in use %s, live after GC %s%n", rows, PROBE_HEAP,
                    Figures.mb(heap.peakKib()), Figures.mb(heap.liveKib()));
            return heap;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long figure(String output, String name) {
        return output.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> Long.parseLong(l.substring(name.length() + 1).trim())).orElseThrow();
    }

    /** The baseline: the raw file COPYed straight into {@code signals}, account ids already in it. */
    private static void rawCopy(Workspace workspace, Path raw) {
        try (var connection = workspace.dataSource().getConnection(); var in = Files.newBufferedReader(raw)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy signals (account_id, kind, summary, source_url, observed_at, dedupe_key) from stdin with (format csv, header)", in);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("raw copy failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> accountIds(Workspace workspace) {
        var ids = new HashMap<String, Long>();
        try (var connection = workspace.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select domain, id from accounts")) {
            while (rows.next()) ids.put(rows.getString(1), rows.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private Path writeAccounts(Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file)) {
            out.write("domain,name,industry,employees,region,country\n");
            for (int i = 0; i < accounts; i++) out.write("bench" + i + ".example,Bench " + i + ",software,100,EMEA,DE\n");
        }
        return file;
    }

    /**
     * {@code n} signals spread over the accounts, as the import reads them (domains) or, given
     * {@code accountIds}, as the raw COPY reads them (ids, dedupe keys): the same rows either way.
     */
    private Path writeSignals(Path file, int n, Map<String, Long> accountIds) throws IOException {
        var random = new Random(42);
        var kinds = SignalKind.values();
        try (var out = Files.newBufferedWriter(file)) {
            out.write(accountIds == null ? "account_domain,kind,summary,source_url,observed_at,source,external_id\n"
                    : "account_id,kind,summary,source_url,observed_at,dedupe_key\n");
            for (int i = 0; i < n; i++) {
                var domain = "bench" + random.nextInt(accounts) + ".example";
                var kind = kinds[random.nextInt(kinds.length)].wire();
                var summary = "Bench " + kind + " signal " + i + " with a realistic amount of summary text";
                var url = "https://news.example.com/bench/" + i;
                var observed = NOW.minusSeconds(random.nextInt(5_000_000)).toString();
                out.write(accountIds == null ? String.join(",", domain, kind, summary, url, observed, "bench", Integer.toString(i))
                        : String.join(",", accountIds.get(domain).toString(), kind, summary, url, observed, "bench:" + i));
                out.write('\n');
            }
        }
        return file;
    }

    /** {@code n} signals spread over 1,000 accounts ({@code bench<i>.example}), all kinds, observed over the last two months. */
    public static List<SignalInput> signals(int n, String salt) {
        var random = new Random(n + salt.hashCode());
        var kinds = SignalKind.values();
        var list = new ArrayList<SignalInput>(n);
        var now = Instant.now();
        for (int i = 0; i < n; i++) {
            var kind = kinds[random.nextInt(kinds.length)];
            list.add(new SignalInput("bench" + random.nextInt(1_000) + ".example", null, null, kind,
                    "Bench " + kind.wire() + " signal " + salt + "-" + i + " with a realistic amount of summary text",
                    "https://news.example.com/" + salt + "/" + i, now.minusSeconds(random.nextInt(5_000_000)),
                    "bench", salt + "-" + i));
        }
        return list;
    }

    public static Section section(Result r) {
        var small = r.heap().get(0);
        var big = r.heap().get(1);
        return new Section("Signal ingestion", List.of(
                new Row("`gatehouse import` of " + Figures.count(r.rows()) + " signals into " + Figures.count(r.accounts())
                        + " accounts, end to end (streamed parse, the batch's keys looked up, COPY, the follow-on call)",
                        Figures.count(r.importRate()) + " rows/s = " + Figures.times(r.ratio()) + " COPY",
                        "raw `COPY` of the same rows into `signals`: " + Figures.count(r.copyRate()) + " rows/s",
                        "≥ 0.5× COPY", Verdict.of(r.ratio() >= TARGET_RATIO)),
                new Row("heap of that import in a child JVM (" + PROBE_HEAP + "), " + Figures.count(small.rows()) + " and "
                        + Figures.count(big.rows()) + " rows",
                        "live after GC " + Figures.mb(small.liveKib()) + " and " + Figures.mb(big.liveKib()) + "; peak in use "
                                + Figures.mb(small.peakKib()) + " and " + Figures.mb(big.peakKib()),
                        "", "independent of file size", Verdict.of(r.heapIndependentOfSize())),
                Row.info("Slack acks of the running bot while the import's re-score of " + Figures.count(r.acks().accounts()) + " accounts runs",
                        r.acks().duringRescore().map(p -> p.p50p99()).orElse("none: the re-score ended first"),
                        "the same clicks on the idle bot: " + r.acks().idle().p50p99())),
                List.of("Best of three rounds each below 500,000 rows, one above; the signals table truncated before every round;"
                        + " the raw COPY reads the same rows from a file with account ids instead of domains.",
                        RescoreAcks.NOTE));
    }
}
