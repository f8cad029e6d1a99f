package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.config.DatabaseConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Connects to the configured PostgreSQL and compares its schema with this jar's migrations,
 * without changing anything: {@code run} migrates when it starts, {@code doctor} only looks.
 */
public final class DatabaseCheck {
    private static final String NAME = "database";
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private DatabaseCheck() {
    }

    public static Check check(DatabaseConfig config) {
        if (config.embedded()) {
            return Check.warn(NAME, "DATABASE_URL is unset: run starts an embedded PostgreSQL with its data in "
                    + config.embeddedDataDir() + ", for one instance on this machine; set DATABASE_URL to a PostgreSQL "
                    + "of your own to run several instances and back it up");
        }
        var url = config.jdbcUrl().orElseThrow();
        var where = where(url);
        var dataSource = dataSource(url, config);
        try (var connection = dataSource.getConnection()) {
            var server = "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " at " + where;
            var info = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info();
            return schema(server, info);
        } catch (SQLException e) {
            return Check.fail(NAME, advice(e, where));
        } catch (RuntimeException e) {
            return Check.fail(NAME, "could not read the schema history at " + where + ": " + e.getMessage());
        }
    }

    private static Check schema(String server, MigrationInfoService info) {
        var all = Arrays.asList(info.all());
        var current = info.current() == null ? "empty" : "v" + info.current().getVersion();
        var failed = all.stream().filter(m -> m.getState().isFailed()).toList();
        if (!failed.isEmpty()) {
            return Check.fail(NAME, server + ": migration " + versions(failed) + " failed part-way; repair the schema by "
                    + "hand, delete its row from flyway_schema_history, then start run again");
        }
        var changed = all.stream().filter(m -> m.getState() == MigrationState.SUCCESS && !m.isChecksumMatching()).toList();
        if (!changed.isEmpty()) {
            return Check.fail(NAME, server + ": migration " + versions(changed) + " differs from the one applied; run "
                    + "refuses to start on it: use the jar that migrated this database, or restore the migration");
        }
        var pending = info.pending();
        if (pending.length > 0) {
            return Check.warn(NAME, server + ": schema at " + current + ", " + pending.length + " migration(s) pending up to v"
                    + pending[pending.length - 1].getVersion() + ": run applies them when it starts (or run the migrate "
                    + "command first)");
        }
        var future = all.stream().filter(m -> m.getState().name().startsWith("FUTURE")).toList();
        if (!future.isEmpty()) {
            return Check.warn(NAME, server + ": schema at " + current + ", newer than this jar knows (" + versions(future)
                    + "): a newer Gatehouse migrated it; run that version");
        }
        return Check.ok(NAME, server + ": schema at " + current + ", no pending migrations");
    }

    private static String versions(List<MigrationInfo> migrations) {
        return String.join(", ", migrations.stream().map(m -> "v" + m.getVersion()).toList());
    }

    private static String advice(SQLException e, String where) {
        var state = e.getSQLState() == null ? "" : e.getSQLState();
        var message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
        if (state.startsWith("28")) {
            return message + " -> check DATABASE_USER and DATABASE_PASSWORD (or the user:password in DATABASE_URL)";
        }
        if (state.equals("3D000")) {
            return message + " -> create it (createdb NAME) or correct the database name in DATABASE_URL";
        }
        if (state.startsWith("08")) {
            return "cannot connect to " + where + " (" + message + ") -> is PostgreSQL running and reachable from here "
                    + "(host, port, firewall, pg_hba.conf)? check DATABASE_URL";
        }
        return message + " (SQLSTATE " + state + ") at " + where;
    }

    private static PGSimpleDataSource dataSource(String url, DatabaseConfig config) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (!config.user().isEmpty()) dataSource.setUser(config.user());
        if (!config.password().isEmpty()) dataSource.setPassword(config.password());
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setSocketTimeout(CONNECT_TIMEOUT_SECONDS * 3);
        return dataSource;
    }

    /** {@code host:port/db}, without the credentials a JDBC URL's parameters may carry. */
    private static String where(String url) {
        var rest = url.replaceFirst("^jdbc:postgresql://", "");
        var query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }
}
