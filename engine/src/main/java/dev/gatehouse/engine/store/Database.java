package dev.gatehouse.engine.store;

import com.zaxxer.hikari.HikariConfig;
import dev.gatehouse.engine.config.DatabaseConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A migrated PostgreSQL: a pooled data source, the repositories on it, and, when no URL was
 * given, the embedded server it started (stopped on close).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Stores stores;
    private final EmbeddedPostgres embedded;

    private Database(HikariDataSource dataSource, EmbeddedPostgres embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        // statement logging would put prospects' data and draft text into the logs
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new org.jooq.conf.Settings().withExecuteLogging(false));
        this.stores = Stores.on(dsl);
    }

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** Opens the configured database (starting the embedded one if needed) and migrates it. */
    public static Database open(DatabaseConfig config) {
        return open(config, null);
    }

    /** The same, with the connection pool's meters ({@code hikaricp_*}) in {@code meters} when given. */
    public static Database open(DatabaseConfig config, MeterRegistry meters) {
        EmbeddedPostgres embedded = null;
        String url;
        String user = config.user();
        String password = config.password();
        if (config.embedded()) {
            embedded = startEmbedded(config);
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        } else {
            url = config.jdbcUrl().orElseThrow();
        }
        var database = new Database(pool(url, user, password, config.maxPoolSize(), meters), embedded);
        database.migrate();
        return database;
    }

    /** Wraps an already running server, e.g. a test container or a test's shared instance. */
    public static Database connect(String jdbcUrl, String user, String password) {
        var database = new Database(pool(jdbcUrl, user, password, 10, null), null);
        database.migrate();
        return database;
    }

    /** How long the embedded PostgreSQL may take to accept connections. */
    static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofSeconds(60);

    private static EmbeddedPostgres startEmbedded(DatabaseConfig config) {
        try {
            Files.createDirectories(config.embeddedDataDir());
            OrphanedPostgres.stopIfOrphaned(config.embeddedDataDir());
            log.info("Starting embedded PostgreSQL with data in {}", config.embeddedDataDir());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(config.embeddedDataDir())
                    .setCleanDataDirectory(false)
                    // the first start runs initdb, and a busy 2-core machine can take longer than the 10 s default
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + config.embeddedDataDir()
                    + " (" + e.getMessage() + "); set DATABASE_URL to use a server of your own", e);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size, MeterRegistry meters) {
        var hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(size);
        hikari.setPoolName("gatehouse");
        if (meters != null) hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        return new HikariDataSource(hikari);
    }

    private void migrate() {
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Applied {} migration(s); schema now at {}", result.migrationsExecuted, result.targetSchemaVersion);
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Every repository, on the pool. */
    public Stores stores() {
        return stores;
    }

    /** The pool, for the job scheduler and bulk COPY; SQL goes through {@link #stores()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
