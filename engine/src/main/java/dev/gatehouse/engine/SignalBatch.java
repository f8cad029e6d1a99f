package dev.gatehouse.engine;

import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import dev.gatehouse.engine.store.StagedImport;

import javax.sql.DataSource;
import java.util.List;

/**
 * A large batch of signals from the API (a streamed NDJSON body), stored like an import: in one
 * transaction, a batch of rows at a time through COPY and one set-based insert, known dedupe keys
 * skipped, an account created with just its domain (and name) for a domain nobody has, as single
 * signals do. No job is queued per signal: the caller asks once for the re-score that follows.
 */
public final class SignalBatch implements AutoCloseable {
    /** What one load came to: new signals, signals already known, accounts created without company data. */
    public record Stored(int created, int duplicates, int accountsCreated) {
    }

    private final StagedImport staged;

    SignalBatch(DataSource dataSource) {
        this.staged = StagedImport.begin(dataSource);
    }

    /** Stores these rows (the line is only carried); nothing is kept unless {@link #commit()} follows. */
    public Stored load(List<Row<SignalInput>> rows) {
        var loaded = staged.signals(rows, true);
        return new Stored(loaded.stored(), loaded.duplicates(), loaded.accountsCreated());
    }

    public void commit() {
        staged.commit();
    }

    @Override
    public void close() {
        staged.close();
    }
}
