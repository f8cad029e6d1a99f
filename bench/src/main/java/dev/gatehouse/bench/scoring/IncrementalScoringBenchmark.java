package dev.gatehouse.bench.scoring;

import dev.gatehouse.bench.ingest.IngestBenchmark;
import dev.gatehouse.bench.report.Percentiles;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.SignalInput;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pipeline does per new signal before anything else: the account re-scored on all its
 * stored signals and the score saved, against one committed insert of the signal as the baseline.
 * The signals are the ingest benchmark's, spread over its 1,000 accounts.
 */
public final class IncrementalScoringBenchmark {
    public static final double TARGET_P99_MILLIS = 10;
    private final BenchDatabase database;
    private final int signals;
    private final int warmUp;
    private final int samples;

    /** {@code signals} spread over 1,000 accounts; {@code warmUp} re-scores not counted before {@code samples} that are. */
    public IncrementalScoringBenchmark(BenchDatabase database, int signals, int warmUp, int samples) {
        this.database = database;
        this.signals = signals;
        this.warmUp = warmUp;
        this.samples = samples;
    }

    public record Result(int signalsPerAccount, int warmUp, Percentiles store, Percentiles rescore) {
    }

    public Result run(PrintStream out) {
        try (var workspace = Workspace.open(BenchDatabase.config(database.fresh("incremental")))) {
            var accounts = new ArrayList<Account>();
            for (int i = 0; i < 1_000; i++) {
                var account = new Account(0, "bench" + i + ".example", "Bench " + i, "software", 100, "EMEA", "DE", List.of(), null, null);
                accounts.add(withId(account, workspace.upsert(account)));
            }
            workspace.bulkLoad(IngestBenchmark.signals(signals, "incremental"));
            var icp = new Icp(1, List.of("software"), 50, 1000, List.of("EMEA"), List.of(), List.of(), null, null, null, 40, "");
            var store = new long[samples];
            var rescore = new long[samples];
            for (int i = -warmUp; i < samples; i++) {
                var account = accounts.get(Math.floorMod(i, accounts.size()));
                var signal = IngestBenchmark.signals(1, "one" + i).getFirst();
                long t0 = System.nanoTime();
                insertOne(workspace.dataSource(), account.id(), signal);
                long t1 = System.nanoTime();
                workspace.rescore(account, icp, Instant.now());
                if (i < 0) continue;
                store[i] = t1 - t0;
                rescore[i] = System.nanoTime() - t1;
            }
            var result = new Result(signals / accounts.size(), warmUp, Percentiles.ofNanos(store), Percentiles.ofNanos(rescore));
            out.printf("storing one signal (baseline, one committed insert): %s%n", result.store().p50p99());
            out.printf("incremental re-score on that signal (load the account's ~%d signals + score + save): %s (target p99 <= %.0f ms)%n",
                    result.signalsPerAccount(), result.rescore().p50p99(), TARGET_P99_MILLIS);
            return result;
        }
    }

    private static Account withId(Account a, long id) {
        return new Account(id, a.domain(), a.name(), a.industry(), a.employees(), a.region(), a.country(), a.technologies(),
                a.description(), a.ownerSlackId());
    }

    /** The baseline for one signal: one committed insert of a row whose account id is known. */
    private static void insertOne(DataSource dataSource, long accountId, SignalInput s) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "insert into signals (account_id, kind, summary, source_url, observed_at, dedupe_key) values (?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, accountId);
            statement.setString(2, s.kind().wire());
            statement.setString(3, s.summary());
            statement.setString(4, s.sourceUrl());
            statement.setObject(5, s.observedAt().atOffset(ZoneOffset.UTC));
            statement.setString(6, s.dedupeKey());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + e.getMessage(), e);
        }
    }

    public static Row row(Result r) {
        return new Row("incremental re-score on one new signal (load the account's ~" + r.signalsPerAccount()
                + " signals, score, save), after " + r.warmUp() + " warm-up", r.rescore().p50p99(),
                "storing that signal, one committed insert: " + r.store().p50p99(), "p99 ≤ 10 ms",
                Verdict.of(r.rescore().p99() <= TARGET_P99_MILLIS));
    }
}
