package dev.gatehouse.engine.store;

import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import dev.gatehouse.engine.store.StagedImport.Loaded;
import dev.gatehouse.engine.store.StagedImport.UnknownAccount;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch of signals COPYed straight into {@code signals}, as fast as a raw COPY of the same rows:
 * the batch's accounts, contacts and already-known dedupe keys are looked up first (three indexed
 * queries), so the rows to store carry their ids and no row conflicts. Only a writer storing one of
 * the same keys at the same moment can still make the COPY fail on the unique key; then the batch
 * is taken back (a savepoint) and the caller stores it the slower way, skipping conflicts.
 */
final class DirectSignalCopy {
    private static final String UNIQUE_VIOLATION = "23505";

    private DirectSignalCopy() {
    }

    /** What the batch came to, or empty when a concurrent writer took one of its keys and nothing of it was kept. */
    static Optional<Loaded> load(Connection connection, List<Row<SignalInput>> rows) throws SQLException, IOException {
        var accounts = ids(connection, "select domain, id from accounts where domain = any(?)",
                rows.stream().map(r -> r.value().accountDomain()).toList());
        var contacts = ids(connection, "select email, id from contacts where email = any(?)",
                rows.stream().map(r -> r.value().contactEmail()).toList());
        // each row's account id and dedupe key, worked out once (null: no such account)
        var accountIds = new Long[rows.size()];
        var keys = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            var signal = rows.get(i).value();
            accountIds[i] = accounts.get(signal.accountDomain());
            if (accountIds[i] != null) keys[i] = signal.dedupeKey();
        }
        var known = new HashSet<>(ids(connection, "select dedupe_key, id from signals where dedupe_key = any(?)",
                Arrays.asList(keys)).keySet());
        var unknown = new ArrayList<UnknownAccount>();
        var fresh = new ArrayList<Integer>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (accountIds[i] == null) unknown.add(new UnknownAccount(rows.get(i).line(), rows.get(i).value().accountDomain()));
            else if (known.add(keys[i])) fresh.add(i); // a key repeated in the batch: its first row is kept
        }
        var savepoint = connection.setSavepoint();
        try {
            CopyIn.rows(connection, "copy signals (account_id, contact_id, kind, summary, source_url, observed_at, dedupe_key)"
                    + " from stdin with (format csv)", fresh, i -> {
                var s = rows.get(i).value();
                return new Object[]{accountIds[i], s.contactEmail() == null ? null : contacts.get(s.contactEmail()),
                        s.kind().wire(), s.summary(), s.sourceUrl(), SignalBulkLoader.utc(s), keys[i]};
            });
        } catch (SQLException | IOException e) {
            var server = serverError(e);
            if (server == null) throw e;
            if (!UNIQUE_VIOLATION.equals(server.getSQLState())) throw server;
            connection.rollback(savepoint);
            return Optional.empty();
        }
        connection.releaseSavepoint(savepoint);
        return Optional.of(new Loaded(fresh.size(), rows.size() - unknown.size() - fresh.size(), unknown, 0, 0));
    }

    /** {@code key → id} for the distinct non-null keys given. */
    private static Map<String, Long> ids(Connection connection, String sql, List<String> names) throws SQLException {
        Set<String> keys = new HashSet<>(names);
        keys.remove(null);
        var ids = new HashMap<String, Long>();
        if (keys.isEmpty()) return ids;
        try (var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) ids.put(result.getString(1), result.getLong(2));
            }
        }
        return ids;
    }

    /** What the server said: the COPY's end reports it wrapped in an IOException ("Ending write to copy failed."). */
    private static SQLException serverError(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) return sql;
        }
        return null;
    }
}
