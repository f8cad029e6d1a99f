package dev.gatehouse.bench.ingest;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bulk signal ingestion against a raw PostgreSQL COPY of the same rows, in the same run and the
 * same (throwaway, embedded) database. Target: ingestion at ≥ 0.5 × the COPY's speed. The
 * baselines (COPY, one insert) and the truncates are plain JDBC; what is measured goes through the
 * engine's {@link Workspace}.
 */
public final class IngestBenchmark {
    private static final int ACCOUNTS = 1_000;
    private final int count;

    public IngestBenchmark(int count) {
        this.count = count;
    }

    public void run(PrintStream out) {
        var dir = tempDir();
        var config = DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", dir.toString(), "HOME", dir.toString()));
        try (var workspace = Workspace.open(config)) {
            var ids = new HashMap<String, Long>();
            var accounts = new ArrayList<Account>();
            for (int i = 0; i < ACCOUNTS; i++) {
                var domain = "bench" + i + ".example";
                var account = new Account(0, domain, "Bench " + i, "software", 100, "EMEA", "DE", List.of(), null, null);
                var id = workspace.upsert(account);
                ids.put(domain, id);
                accounts.add(new Account(id, domain, account.name(), account.industry(), account.employees(),
                        account.region(), account.country(), account.technologies(), null, null));
            }
            var dataSource = workspace.dataSource();
            var warm = signals(5_000, "warm");
            rawCopy(dataSource, warm, ids);
            workspace.bulkLoad(signals(5_000, "warm2"));

            double copyRate = 0, loadRate = 0;
            for (int round = 0; round < 3; round++) {
                truncateSignals(dataSource);
                var rows = signals(count, "r" + round);
                long t0 = System.nanoTime();
                rawCopy(dataSource, rows, ids);
                copyRate = Math.max(copyRate, count / ((System.nanoTime() - t0) / 1e9));
                truncateSignals(dataSource);
                long t1 = System.nanoTime();
                var created = workspace.bulkLoad(rows);
                loadRate = Math.max(loadRate, created.size() / ((System.nanoTime() - t1) / 1e9));
            }
            out.printf("signals per run: %,d into %,d accounts (best of 3)%n", count, ACCOUNTS);
            out.printf("baseline raw COPY into signals: %,.0f rows/s%n", copyRate);
            out.printf("bulk ingest (COPY to staging + dedupe insert): %,.0f rows/s = %.2f x COPY (target >= 0.5)%n",
                    loadRate, loadRate / copyRate);
            incremental(workspace, accounts, out);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** One new signal → that account re-scored and stored: what the pipeline does per signal. */
    private void incremental(Workspace workspace, List<Account> accounts, PrintStream out) {
        var icp = new dev.gatehouse.engine.scoring.Icp(1, List.of("software"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(), null, null, null, 40, "");
        var store = new long[500];
        var rescore = new long[500];
        for (int i = -300; i < store.length; i++) {  // the first 300 warm up the JIT and are not counted
            var account = accounts.get(Math.floorMod(i, accounts.size()));
            var signal = signals(1, "inc" + i).getFirst();
            long t0 = System.nanoTime();
            insertOne(workspace.dataSource(), account.id(), signal, signal.dedupeKey() + "-" + i);
            long t1 = System.nanoTime();
            workspace.rescore(account, icp, Instant.now());
            if (i < 0) continue;
            store[i] = t1 - t0;
            rescore[i] = System.nanoTime() - t1;
        }
        java.util.Arrays.sort(store);
        java.util.Arrays.sort(rescore);
        out.printf("storing one signal (baseline, one committed insert): p50 %.2f ms, p99 %.2f ms%n",
                store[store.length / 2] / 1e6, store[(int) (store.length * 0.99)] / 1e6);
        out.printf("incremental re-score on that signal (load the account's signals + score + save): "
                + "p50 %.2f ms, p99 %.2f ms (target <= 10 ms)%n", rescore[rescore.length / 2] / 1e6,
                rescore[(int) (rescore.length * 0.99)] / 1e6);
    }

    /** The baseline: the same rows COPYed straight into {@code signals}, account ids already known. */
    private static void rawCopy(DataSource dataSource, List<SignalInput> inputs, Map<String, Long> accountIds) {
        var csv = new StringWriter();
        try (var printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (var s : inputs) {
                printer.printRecord(accountIds.get(s.accountDomain()), s.kind().wire(), s.summary(), s.sourceUrl(),
                        s.observedAt().atOffset(ZoneOffset.UTC).toString(), s.dedupeKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy signals (account_id, kind, summary, source_url, observed_at, dedupe_key) from stdin with (format csv)",
                    new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("raw copy failed: " + e.getMessage(), e);
        }
    }

    /** The baseline for one signal: one committed insert of a row whose account id is known. */
    private static void insertOne(DataSource dataSource, long accountId, SignalInput s, String dedupeKey) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "insert into signals (account_id, kind, summary, source_url, observed_at, dedupe_key) values (?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, accountId);
            statement.setString(2, s.kind().wire());
            statement.setString(3, s.summary());
            statement.setString(4, s.sourceUrl());
            statement.setObject(5, s.observedAt().atOffset(ZoneOffset.UTC));
            statement.setString(6, dedupeKey);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + e.getMessage(), e);
        }
    }

    private static void truncateSignals(DataSource dataSource) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("truncate table signals cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("truncate failed: " + e.getMessage(), e);
        }
    }

    private List<SignalInput> signals(int n, String salt) {
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

    private static java.nio.file.Path tempDir() {
        try {
            return Files.createTempDirectory("gatehouse-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans it eventually
        }
    }
}
