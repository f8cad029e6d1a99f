package dev.gatehouse.bench.ingest;

import dev.gatehouse.bench.report.Figures;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.Copy;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bulk signal ingestion against a raw PostgreSQL COPY of the same rows, in the same run and the
 * same (throwaway) database. Target: ingestion at ≥ 0.5 × the COPY's speed. The baseline and the
 * truncates are plain JDBC; what is measured goes through the engine's {@link Workspace}.
 */
public final class IngestBenchmark {
    public static final double TARGET_RATIO = 0.5;
    private static final int ACCOUNTS = 1_000;

    private final BenchDatabase database;
    private final int count;

    public IngestBenchmark(BenchDatabase database, int count) {
        this.database = database;
        this.count = count;
    }

    /** Rows per second, best of three rounds each. */
    public record Result(int rows, double copyRate, double ingestRate) {
        public double ratio() {
            return ingestRate / copyRate;
        }
    }

    public Result run(PrintStream out) {
        try (var workspace = Workspace.open(BenchDatabase.config(database.fresh("ingest")))) {
            var ids = new HashMap<String, Long>();
            for (int i = 0; i < ACCOUNTS; i++) {
                var domain = "bench" + i + ".example";
                ids.put(domain, workspace.upsert(new Account(0, domain, "Bench " + i, "software", 100, "EMEA", "DE", List.of(), null, null)));
            }
            var dataSource = workspace.dataSource();
            rawCopy(workspace, signals(5_000, "warm"), ids);
            workspace.bulkLoad(signals(5_000, "warm2"));

            double copyRate = 0, loadRate = 0;
            for (int round = 0; round < 3; round++) {
                Copy.execute(dataSource, "truncate table signals cascade");
                var rows = signals(count, "r" + round);
                long t0 = System.nanoTime();
                rawCopy(workspace, rows, ids);
                copyRate = Math.max(copyRate, count / ((System.nanoTime() - t0) / 1e9));
                Copy.execute(dataSource, "truncate table signals cascade");
                long t1 = System.nanoTime();
                var created = workspace.bulkLoad(rows);
                loadRate = Math.max(loadRate, created.size() / ((System.nanoTime() - t1) / 1e9));
            }
            var result = new Result(count, copyRate, loadRate);
            out.printf("signals per run: %,d into %,d accounts (best of 3)%n", count, ACCOUNTS);
            out.printf("baseline raw COPY into signals: %,.0f rows/s%n", copyRate);
            out.printf("bulk ingest (COPY to staging + dedupe insert): %,.0f rows/s = %.2f x COPY (target >= %.1f)%n",
                    loadRate, result.ratio(), TARGET_RATIO);
            return result;
        }
    }

    /** The baseline: the same rows COPYed straight into {@code signals}, account ids already known. */
    private static void rawCopy(Workspace workspace, List<SignalInput> inputs, Map<String, Long> accountIds) {
        Copy.rows(workspace.dataSource(), "signals (account_id, kind, summary, source_url, observed_at, dedupe_key)", inputs.size(), i -> {
            var s = inputs.get(i);
            return new Object[]{accountIds.get(s.accountDomain()), s.kind().wire(), s.summary(), s.sourceUrl(),
                    s.observedAt().atOffset(ZoneOffset.UTC).toString(), s.dedupeKey()};
        });
    }

    /** {@code n} signals spread over the benchmark's accounts, all kinds, observed over the last two months. */
    public static List<SignalInput> signals(int n, String salt) {
        var random = new Random(n + salt.hashCode());
        var kinds = SignalKind.values();
        var list = new ArrayList<SignalInput>(n);
        var now = Instant.now();
        for (int i = 0; i < n; i++) {
            var kind = kinds[random.nextInt(kinds.length)];
            list.add(new SignalInput("bench" + random.nextInt(ACCOUNTS) + ".example", null, null, kind,
                    "Bench " + kind.wire() + " signal " + salt + "-" + i + " with a realistic amount of summary text",
                    "https://news.example.com/" + salt + "/" + i, now.minusSeconds(random.nextInt(5_000_000)),
                    "bench", salt + "-" + i));
        }
        return list;
    }

    public static Section section(Result r) {
        return new Section("Signal ingestion", List.of(
                new Row("bulk ingest of " + Figures.count(r.rows()) + " signals (COPY to a staging table, dedupe, insert)",
                        Figures.count(r.ingestRate()) + " rows/s = " + Figures.times(r.ratio()) + " COPY",
                        "raw `COPY` of the same rows into `signals`: " + Figures.count(r.copyRate()) + " rows/s",
                        "≥ 0.5× COPY", Verdict.of(r.ratio() >= TARGET_RATIO))),
                List.of("Best of three rounds each, into 1,000 accounts, the table truncated before every round."));
    }
}
