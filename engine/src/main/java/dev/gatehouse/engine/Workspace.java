package dev.gatehouse.engine;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.customers.CustomerCsv;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.pipeline.DayPlanning;
import dev.gatehouse.engine.plan.PlanSettings;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.scoring.IcpScorer;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.scoring.SemanticSimilarity;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.SignalBulkLoader;
import dev.gatehouse.engine.store.Stores;

import javax.sql.DataSource;
import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The workspace's data without the running engine: what the command line does (import, score,
 * migrate) and what tooling needs. Opened on its own it owns its database; from
 * {@link Engine#workspace()} it shares the engine's.
 */
public final class Workspace implements AutoCloseable {
    /** Rows per COPY batch of an import: large enough that the round trips vanish, small enough to hold. */
    public static final int IMPORT_BATCH_ROWS = 50_000;
    private final Stores stores;
    private final DataSource dataSource;
    private final Jobs jobs;
    private final Runnable owned;

    Workspace(Stores stores, DataSource dataSource, Jobs jobs, Runnable owned) {
        this.stores = stores;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.owned = owned;
    }

    /** Opens (and migrates) the database; signals imported here are queued for the engine to process. */
    public static Workspace open(DatabaseConfig database) {
        var db = Database.open(database);
        // only schedules: a running engine executes the jobs, so the intervals do not matter here
        var jobs = new Jobs(db.dataSource(), Duration.ofSeconds(2), Duration.ofMinutes(1));
        return new Workspace(db.stores(), db.dataSource(), jobs, () -> {
            jobs.close();
            db.close();
        });
    }

    /** Applies the database migrations and closes it again. */
    public static void migrate(DatabaseConfig database) {
        Database.open(database).close();
    }

    /** Opens a file's bytes for reading from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** One CSV file to import: the name its problems are reported under, its size in bytes, and how to read it. */
    public record CsvFile(String name, long size, Opener open) {
        public static CsvFile of(Path path) throws IOException {
            return new CsvFile(path.toString(), Files.size(path), () -> Files.newInputStream(path));
        }

        public static CsvFile of(String name, byte[] content) {
            return new CsvFile(name, content.length, () -> new ByteArrayInputStream(content));
        }
    }

    /** What an import tells as it goes: each refused row (in line order per batch), and how far it is. */
    public interface ImportListener {
        ImportListener NONE = new ImportListener() {
        };

        default void rowError(String file, CsvImport.RowError error) {
        }

        /** After each batch: rows read from {@code file} so far, and its bytes read of {@code size}. */
        default void progress(String file, long rows, long bytesRead, long size) {
        }
    }

    /**
     * What one CSV file brought in. {@code duplicates} are signals already known and skipped;
     * {@code refused} rows were reported to the listener (a row can have several errors). {@code failure}
     * is why the file could not be stored as a whole, and then nothing of it was kept.
     */
    public record ImportReport(String file, int imported, int duplicates, int refused, Optional<String> failure) {
    }

    /** One account's score against the current ICP, best first in a {@link Ranking}. */
    public record Ranked(Account account, Score score, boolean qualifies) {
    }

    public record Ranking(int icpVersion, List<Ranked> accounts) {
    }

    /**
     * Imports CSV files of accounts, contacts or signals (the kind is read off each header):
     * accounts first, then contacts, then signals, whatever the order given, each streamed
     * {@value #IMPORT_BATCH_ROWS} rows at a time and stored in one transaction. Good rows are stored;
     * each bad row (unreadable, a cell that cannot be stored, or naming an account that does not
     * exist) is reported to {@code listener} with its line. Nothing is queued per row: the accounts
     * touched are left for one re-score after the import (their new signals are newer than their score).
     *
     * @return one report per file, in the order given
     */
    public List<ImportReport> importCsv(List<CsvFile> files, Instant now, ImportListener listener) {
        return importCsv(files, now, listener, IMPORT_BATCH_ROWS);
    }

    /**
     * {@link #importCsv(List, Instant, ImportListener)} with batches of {@code batchRows} rows.
     * Customer files (a {@code type} column) are imported after the rest, so their accounts and
     * contacts may come from the same import.
     */
    public List<ImportReport> importCsv(List<CsvFile> files, Instant now, ImportListener listener, int batchRows) {
        var customerFiles = files.stream().filter(CustomerCsvImport::isCustomerFile).toList();
        var others = new java.util.ArrayList<>(files);
        others.removeAll(customerFiles);
        var reports = new java.util.HashMap<CsvFile, ImportReport>();
        var otherReports = others.isEmpty() ? List.<ImportReport>of() : new CsvImportRun(dataSource, batchRows, listener).run(others, now);
        for (int i = 0; i < others.size(); i++) reports.put(others.get(i), otherReports.get(i));
        customerFiles.forEach(f -> reports.put(f, new CustomerCsvImport(stores).run(f, now, listener)));
        return files.stream().map(reports::get).toList();
    }

    /** Recomputes every customer's health for the week of {@code now}; returns how many customers were scored. */
    public int recomputeCustomerHealth(Instant now) {
        return new dev.gatehouse.engine.customersuccess.HealthRecompute(stores)
                .recomputeAll(dev.gatehouse.engine.customers.CustomerInput.week(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
    }

    /**
     * Records a re-score of every stale account (those an import touched: their signals are newer
     * than their scores) and schedules it as one durable job, which a running {@code run} works off
     * in chunks and follows with a fill of the day's plan; {@code /pipeline} shows its progress.
     * Returns the run id.
     */
    public long requestRescore(String reason) {
        long runId = dev.gatehouse.engine.pipeline.Rescorer.open(stores, reason);
        jobs.rescoreLater(runId);
        return runId;
    }

    /** Opens a transaction for a large batch of signals (the API's streamed NDJSON): see {@link SignalBatch}. */
    public SignalBatch signalBatch() {
        return new SignalBatch(dataSource);
    }

    /**
     * Stores signals in bulk (COPY), skipping known dedupe keys and unknown accounts; returns the
     * new ids. Nothing is queued: for seeding and measuring, where the pipeline is not wanted.
     */
    public List<Long> bulkLoad(List<SignalInput> signals) {
        return new SignalBulkLoader(dataSource).load(signals);
    }

    /** Creates the account or updates it by domain; returns its id. */
    public long upsert(Account account) {
        return stores.accounts().upsert(account);
    }

    /** Creates the contact or updates it by email; returns its id. */
    public long upsert(Contact contact) {
        return stores.accounts().upsert(contact);
    }

    /** Re-scores every account against the current ICP and stores the scores; empty without an ICP. */
    public Optional<Ranking> rescoreAll(Instant now) {
        var icp = stores.playbook().currentIcp();
        if (icp.isEmpty()) return Optional.empty();
        var scorer = new IcpScorer(icp.get().value());
        var description = icp.get().value().description();
        var semantic = description.isBlank() ? null : new SemanticSimilarity(InProcessEmbedder.miniLm());
        var ranked = new ArrayList<Ranked>();
        for (var account : stores.accounts().all()) {
            var relevance = semantic == null ? OptionalDouble.empty() : OptionalDouble.of(semantic.relevance(account, description));
            var score = scorer.score(account, null, stores.signals().forAccount(account.id()), relevance, now);
            stores.scores().save(score);
            ranked.add(new Ranked(account, score, scorer.qualifies(score)));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> r.score().total()).reversed());
        return Optional.of(new Ranking(icp.get().version(), ranked));
    }

    /** Re-scores one stored account against {@code icp} on its stored signals and stores the score: the pipeline's first step. */
    public Score rescore(Account account, Icp icp, Instant now) {
        var score = new IcpScorer(icp).score(account, stores.signals().forAccount(account.id()), now);
        stores.scores().save(score);
        return score;
    }

    /**
     * Plans today from the goals in force and claims its budget from the top of the scored backlog,
     * as the engine's daily fill does before it drafts (tooling and benchmarks: nothing is drafted here).
     */
    public DayPlanning.Today planAndClaim(PlanSettings settings, Clock clock) {
        return new DayPlanning(stores, settings, clock).claim();
    }

    /** The connection pool, for tooling that measures against plain SQL (a baseline); the schema is the migrations'. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (owned != null) owned.run();
    }

    /** The funnel, gate, cost and experiment reports on this workspace's data. */
    public Reports reports(dev.gatehouse.engine.report.ReportSettings settings, java.time.Clock clock) {
        return new Reports(stores, settings, clock);
    }

    /**
     * Demo only: writes {@code weeks} weeks of made-up history before {@code now} ({@code sim-N.example}
     * accounts) so the report and digest have something to show; the caller must label it simulated.
     */
    public int simulateHistory(int weeks, int perWeek, long seed, java.time.Instant now) {
        return stores.inTransaction(s -> s.simulatedHistory(seed).write(weeks, perWeek, now));
    }
}
