package dev.gatehouse.engine.store;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport.ContactRow;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One file's rows stored in one transaction, a batch at a time: each batch is COPYed into a
 * staging table (temporary, emptied per batch, dropped at commit) and moved into its table by one
 * set-based upsert on the table's natural key — accounts by domain, contacts by email (the last row
 * of a batch wins, as row-by-row upserts would), signals by dedupe key (known ones skipped; a CSV
 * import's signals go straight into their table by COPY after looking their keys up). Rows
 * naming an account that does not exist are not stored and come back with their lines. Nothing is
 * queued here: no job per row. Running the same rows again changes nothing, which is what makes an
 * import cut off half way safe to run again.
 */
public final class StagedImport implements AutoCloseable {
    /** A row not stored because no account has its domain. */
    public record UnknownAccount(int line, String domain) {
    }

    /**
     * What one batch came to: rows stored (created or updated), signals already known, rows naming
     * an unknown account, accounts that had no company data and got it now, and accounts created with
     * nothing but their domain (signals for a new domain, from the API).
     */
    public record Loaded(int stored, int duplicates, List<UnknownAccount> unknown, int accountsCompleted, int accountsCreated) {
        public Loaded {
            unknown = List.copyOf(unknown);
        }
    }

    private final Connection connection;
    private final Set<String> staged = new HashSet<>();
    private boolean committed;

    private StagedImport(Connection connection) {
        this.connection = connection;
    }

    /** Opens the transaction; {@link #commit()} keeps what was loaded, {@link #close()} without it keeps nothing. */
    public static StagedImport begin(DataSource dataSource) {
        try {
            var connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new StagedImport(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public Loaded accounts(List<Row<Account>> rows) {
        return run(() -> {
            stage(StagingSql.ACCOUNT_STAGE);
            CopyIn.rows(connection, "copy account_stage from stdin with (format csv)", rows, r -> {
                var a = r.value();
                return new Object[]{r.line(), a.domain(), a.name(), a.industry(), a.employees(), a.region(), a.country(),
                        String.join(",", a.technologies()), a.description(), a.ownerSlackId()};
            });
            int completed = count(StagingSql.ACCOUNTS_COMPLETED);
            update(StagingSql.ACCOUNTS_UPSERT);
            return new Loaded(rows.size(), 0, List.of(), completed, 0);
        });
    }

    public Loaded contacts(List<Row<ContactRow>> rows) {
        return run(() -> {
            stage(StagingSql.CONTACT_STAGE);
            CopyIn.rows(connection, "copy contact_stage from stdin with (format csv)", rows, r -> {
                var c = r.value().contact();
                return new Object[]{r.line(), r.value().accountDomain(), c.email(), c.firstName(), c.lastName(), c.title(),
                        c.seniority(), c.timeZone().getId(), c.roleStartedOn()};
            });
            var unknown = unknown("contact_stage");
            update(StagingSql.CONTACTS_UPSERT);
            return new Loaded(rows.size() - unknown.size(), 0, unknown, 0, 0);
        });
    }

    /**
     * @param createAccounts whether a domain no account has gets one with just its domain (and name), as the API does;
     *                       without, the batch is COPYed straight into {@code signals} ({@link DirectSignalCopy}) unless
     *                       another writer stores one of its keys at the same moment
     */
    public Loaded signals(List<Row<SignalInput>> rows, boolean createAccounts) {
        if (!createAccounts) {
            var direct = run(() -> DirectSignalCopy.load(connection, rows));
            if (direct.isPresent()) return direct.get();
        }
        return run(() -> {
            stage(StagingSql.SIGNAL_STAGE);
            CopyIn.rows(connection, "copy signal_stage from stdin with (format csv)", rows, r -> {
                var s = r.value();
                return new Object[]{r.line(), s.accountDomain(), s.accountName(), s.contactEmail(), s.kind().wire(), s.summary(),
                        s.sourceUrl(), SignalBulkLoader.utc(s), s.dedupeKey()};
            });
            int created = createAccounts ? update(StagingSql.SIGNAL_ACCOUNTS_CREATE) : 0;
            var unknown = unknown("signal_stage");
            int inserted = update(StagingSql.SIGNALS_INSERT);
            return new Loaded(inserted, rows.size() - unknown.size() - inserted, unknown, 0, created);
        });
    }

    public void commit() {
        run(() -> {
            connection.commit();
            committed = true;
            return null;
        });
    }

    @Override
    public void close() {
        try (connection) {
            if (!committed) connection.rollback();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Creates the staging table the first time in this transaction, empties it after. */
    private void stage(StagingSql.Stage stage) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(staged.add(stage.name()) ? stage.create() : "truncate table " + stage.name());
        }
    }

    private List<UnknownAccount> unknown(String stage) throws SQLException {
        var unknown = new ArrayList<UnknownAccount>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select s.line, s.account_domain from " + stage + " s where not exists "
                     + "(select 1 from accounts a where a.domain = s.account_domain) order by s.line")) {
            while (rows.next()) unknown.add(new UnknownAccount(rows.getInt(1), rows.getString(2)));
        }
        return unknown;
    }

    private int count(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int update(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    private static <T> T run(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException | IOException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(Exception e) {
        return new IllegalStateException(e.getMessage(), e);
    }
}
