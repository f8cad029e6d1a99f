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

    /** One CSV file to import: the name its problems are reported under, and its bytes as read. */
    public record CsvFile(String name, byte[] content) {
    }

    /**
     * What one CSV file brought in. {@code duplicates} are signals already known and skipped;
     * {@code refused} rows are explained in {@code errors} (a row can have several). {@code failure}
     * is why the database refused the file as a whole, and then nothing of it was kept.
     */
    public record ImportReport(String file, int imported, int duplicates, int refused, List<CsvImport.RowError> errors,
                               Optional<String> failure) {
        public ImportReport {
            errors = List.copyOf(errors);
        }
    }

    /** One account's score against the current ICP, best first in a {@link Ranking}. */
    public record Ranked(Account account, Score score, boolean qualifies) {
    }

    public record Ranking(int icpVersion, List<Ranked> accounts) {
    }

    /**
     * Imports CSV files of accounts, contacts or signals (the kind is read off each header):
     * accounts first, then contacts, then signals, whatever the order given. Good rows are
     * stored; each bad row (unreadable, a cell that cannot be stored, or naming an account that
     * does not exist) is reported with its line. New signals are queued for the pipeline, and so
     * is the newest signal of every account that was waiting for company data and got it.
     *
     * @return one report per file, in the order given
     */
    public List<ImportReport> importCsv(List<CsvFile> files, Instant now) {
        var customerFiles = files.stream().filter(f -> CustomerCsv.isCustomerFile(f.content())).toList();
        if (customerFiles.isEmpty()) return new CsvImportRun(stores, dataSource, jobs).run(files, now);
        // customer files (a `type` column) after the rest, so their accounts and contacts may come from the same import
        var others = new java.util.ArrayList<>(files);
        others.removeAll(customerFiles);
        var reports = new java.util.HashMap<CsvFile, ImportReport>();
        var otherReports = others.isEmpty() ? List.<ImportReport>of() : new CsvImportRun(stores, dataSource, jobs).run(others, now);
        for (int i = 0; i < others.size(); i++) reports.put(others.get(i), otherReports.get(i));
        customerFiles.forEach(f -> reports.put(f, new CustomerCsvImport(stores).run(f.name(), f.content(), now)));
        return files.stream().map(reports::get).toList();
    }

    /** Recomputes every customer's health for the week of {@code now}; returns how many customers were scored. */
    public int recomputeCustomerHealth(Instant now) {
        return new dev.gatehouse.engine.customersuccess.HealthRecompute(stores)
                .recomputeAll(dev.gatehouse.engine.customers.CustomerInput.week(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
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
