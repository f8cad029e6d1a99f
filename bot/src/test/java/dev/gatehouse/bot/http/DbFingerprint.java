package dev.gatehouse.bot.http;

import dev.gatehouse.engine.store.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.BooleanSupplier;

/**
 * Every row version of every Gatehouse table, as one checksum per table: equal fingerprints mean
 * no row was added, changed or removed (each of those leaves a new row version, with its own
 * {@code ctid} and {@code xmin}; reading those costs nothing however large the rows are).
 * db-scheduler's own table (its heartbeats) is left out.
 */
final class DbFingerprint {
    private DbFingerprint() {
    }

    static Map<String, String> take() {
        try (var connection = connect(); var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rows = statement.executeQuery("""
                    select tablename from pg_tables where schemaname = current_schema()
                    and tablename not in ('flyway_schema_history', 'scheduled_tasks') order by tablename""")) {
                while (rows.next()) tables.add(rows.getString(1));
            }
            var sql = new StringBuilder();
            for (var table : tables) {
                if (!sql.isEmpty()) sql.append(" union all ");
                sql.append("select '").append(table)
                        .append("', md5(coalesce(string_agg(ctid::text || xmin::text, '|' order by ctid), '')) from ").append(table);
            }
            var prints = new LinkedHashMap<String, String>();
            try (var rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) prints.put(rows.getString(1), rows.getString(2));
            }
            return prints;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a count query answers, e.g. inbox rows still open. */
    static long count(String sql) {
        try (var connection = connect(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No work after an ack is queued or running, and every stored request is done (or failed). */
    static boolean idle(ExecutorService after) {
        var pool = (ThreadPoolExecutor) after;
        if (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) return false;
        if (count("select count(*) from inbox where done_at is null and last_error is null") > 0) return false;
        // an accepted signal is scored and drafted by durable jobs: wait for those too
        return count("select count(*) from scheduled_tasks where task_name in ('process-signal', 'send-outbox', "
                + "'draft-follow-up') and (picked or execution_time <= now())") == 0;
    }

    /** Waits until {@code idle} holds (the work after earlier requests has run), at most {@code timeout}. */
    static void await(BooleanSupplier idle, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!idle.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the work after the requests did not finish in " + timeout);
            Thread.sleep(5);
        }
    }

    private static Connection connect() throws SQLException {
        var env = TestDatabase.env();
        return DriverManager.getConnection(env.get("DATABASE_URL"), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
    }
}
