package dev.gatehouse.engine;

import dev.gatehouse.engine.Workspace.CsvFile;
import dev.gatehouse.engine.Workspace.ImportListener;
import dev.gatehouse.engine.Workspace.ImportReport;
import dev.gatehouse.engine.signals.csv.CsvImport;
import dev.gatehouse.engine.signals.csv.CsvImport.Opened;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import dev.gatehouse.engine.signals.csv.CsvRows;
import dev.gatehouse.engine.store.StagedImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * One {@code import} of several CSV files, each streamed a batch at a time (never a whole file in
 * memory). Accounts files go first, contacts next, signals last, whatever order they came in. Each
 * file is stored in one transaction, batch by batch through COPY into a staging table and one
 * set-based upsert ({@link StagedImport}): a file the database refuses keeps nothing of itself and
 * the next file is still imported; a file cut off half way (a kill, a lost connection) keeps
 * nothing either, and running the import again stores it once. No job is queued per row: what
 * follows an import (re-scoring the accounts it touched) is the caller's, once.
 */
final class CsvImportRun {
    private static final Logger log = LoggerFactory.getLogger(CsvImportRun.class);
    /** A batch also ends after this much of the file, so wide rows cannot make a batch large. */
    static final long BATCH_BYTES = 4L * 1024 * 1024;

    private final DataSource dataSource;
    private final int batchRows;
    private final ImportListener listener;
    private int accountsCompleted;

    CsvImportRun(DataSource dataSource, int batchRows, ImportListener listener) {
        if (batchRows < 1) throw new IllegalArgumentException("batchRows must be at least 1");
        this.dataSource = dataSource;
        this.batchRows = batchRows;
        this.listener = listener;
    }

    /** @return one report per file, in the order given */
    List<ImportReport> run(List<CsvFile> files, Instant now) {
        var opened = new ArrayList<Optional<Opened>>();
        var reports = new ImportReport[files.size()];
        try {
            for (int i = 0; i < files.size(); i++) {
                var file = files.get(i);
                try {
                    opened.add(Optional.of(new CsvImport().open(file.open().open(), now)));
                } catch (IOException | RuntimeException e) {
                    opened.add(Optional.empty());
                    reports[i] = new ImportReport(file.name(), 0, 0, 0, Optional.of("cannot read the file (" + e.getMessage() + ")"));
                }
            }
            IntStream.range(0, files.size()).filter(i -> opened.get(i).isPresent()).boxed()
                    .sorted(Comparator.comparingInt(i -> order(opened.get(i).get())))
                    .forEach(i -> reports[i] = store(files.get(i), opened.get(i).get()));
        } finally {
            opened.forEach(o -> o.ifPresent(Opened::close));
        }
        if (accountsCompleted > 0) {
            log.info("{} account(s) waiting for company data got it; the re-score after the import scores them", accountsCompleted);
        }
        return List.of(reports);
    }

    private static int order(Opened file) {
        return switch (file) {
            case Opened.AccountRows a -> 0;
            case Opened.ContactRows c -> 1;
            case Opened.SignalRows s -> 2;
            case Opened.NotRecognized u -> 3;
        };
    }

    private ImportReport store(CsvFile file, Opened opened) {
        return switch (opened) {
            case Opened.AccountRows a -> store(file, a.rows(), StagedImport::accounts);
            case Opened.ContactRows c -> store(file, c.rows(), StagedImport::contacts);
            case Opened.SignalRows s -> store(file, s.rows(), (load, rows) -> load.signals(rows, false));
            case Opened.NotRecognized u -> store(file, u.rows(), (load, rows) -> new StagedImport.Loaded(0, 0, List.of(), 0, 0));
        };
    }

    /** Rows read so far and what became of them. */
    private static final class Tally {
        int read;
        int refusedReading;
        int stored;
        int duplicates;
        int unknown;
    }

    private <T> ImportReport store(CsvFile file, CsvRows<T> rows, BiFunction<StagedImport, List<Row<T>>, StagedImport.Loaded> load) {
        var tally = new Tally();
        try (var ahead = new BatchesAhead<>(rows, batchRows, BATCH_BYTES)) {
            try (var staged = StagedImport.begin(dataSource)) {
                for (var batch = ahead.next(); batch != null; batch = ahead.next()) {
                    tally.read += batch.rows().size();
                    tally.refusedReading += batch.refused();
                    var errors = new ArrayList<>(batch.errors());
                    if (!batch.rows().isEmpty()) {
                        var loaded = load.apply(staged, batch.rows());
                        loaded.unknown().forEach(u -> errors.add(unknownAccount(u)));
                        tally.stored += loaded.stored();
                        tally.duplicates += loaded.duplicates();
                        tally.unknown += loaded.unknown().size();
                        accountsCompleted += loaded.accountsCompleted();
                    }
                    errors.sort(Comparator.comparingInt(RowError::line));
                    errors.forEach(e -> listener.rowError(file.name(), e));
                    listener.progress(file.name(), tally.read + tally.refusedReading, batch.bytesRead(), file.size());
                }
                staged.commit();
            } catch (RuntimeException e) {
                return refusedWhole(file, ahead, tally, e);
            }
        }
        return new ImportReport(file.name(), tally.stored, tally.duplicates, tally.refusedReading + tally.unknown, Optional.empty());
    }

    /** The database refused the file: every readable row counts as refused; the rest is still read for its errors. */
    private ImportReport refusedWhole(CsvFile file, BatchesAhead<?> ahead, Tally tally, RuntimeException e) {
        int refused = tally.refusedReading + tally.read;
        try {
            for (var batch = ahead.next(); batch != null; batch = ahead.next()) {
                refused += batch.refused() + batch.rows().size();
                batch.errors().forEach(error -> listener.rowError(file.name(), error));
            }
        } catch (RuntimeException unreadable) {
            log.debug("{}: not read to the end after the database refused it", file.name(), unreadable);
        }
        return new ImportReport(file.name(), 0, 0, refused, Optional.of(firstLine(e.getMessage())));
    }

    private static RowError unknownAccount(StagedImport.UnknownAccount row) {
        return new RowError(row.line(), "account_domain", "is not a known account (" + row.domain() + "); import accounts first");
    }

    private static String firstLine(String message) {
        if (message == null) return "the database refused it";
        var line = message.lines().findFirst().orElse(message);
        // jOOQ and the driver put the SQL or "Batch entry" first, then "ERROR: ..."
        int error = line.lastIndexOf("ERROR: ");
        return error >= 0 ? line.substring(error + 7) : line;
    }
}
