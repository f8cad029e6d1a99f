package dev.gatehouse.engine.store;

import dev.gatehouse.engine.config.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real PostgreSQL the tests run against, started once per test JVM: the URL in
 * {@code GATEHOUSE_TEST_DATABASE_URL} when given, else a Testcontainers container where a Docker
 * engine answers, else an embedded server. {@link #fresh()} empties every table so each test
 * starts clean.
 */
public final class TestDatabase {
    private static Database shared;
    private static String source;
    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized Database fresh() {
        var db = shared();
        truncateAll(db);
        return db;
    }

    /** The repositories on a {@link #fresh()} database. */
    public static Stores freshStores() {
        return fresh().stores();
    }

    /** The repositories on the shared database, as it is. */
    public static Stores sharedStores() {
        return shared().stores();
    }

    /** The repositories on {@code dataSource}, e.g. one a test can make refuse connections. */
    public static Stores storesOn(javax.sql.DataSource dataSource) {
        return Stores.on(org.jooq.impl.DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES));
    }

    /** Raw SQL for a test's setup (ageing rows, clearing an owner): what no repository offers. */
    public static void execute(String sql, Object... bindings) {
        shared().dsl().execute(sql, bindings);
    }

    /** The single number a raw count query gives: for asserting what no repository exposes. */
    public static long count(String sql, Object... bindings) {
        return ((Number) shared().dsl().fetchValue(sql, bindings)).longValue();
    }

    public static synchronized Database shared() {
        if (shared == null) shared = start();
        return shared;
    }

    public static synchronized String source() {
        shared();
        return source;
    }

    /** The environment a process under test needs to reach the same database. */
    public static synchronized java.util.Map<String, String> env() {
        shared();
        return java.util.Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", password);
    }

    private static Database connect(String jdbcUrl, String jdbcUser, String jdbcPassword) {
        url = jdbcUrl;
        user = jdbcUser;
        password = jdbcPassword;
        return Database.connect(jdbcUrl, jdbcUser, jdbcPassword);
    }

    private static Database start() {
        var url = System.getenv("GATEHOUSE_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            source = "provided URL";
            var config = DatabaseConfig.fromEnv(java.util.Map.of("DATABASE_URL", url));
            return connect(config.jdbcUrl().orElseThrow(), config.user(), config.password());
        }
        if (dockerAvailable()) {
            source = "testcontainers";
            var container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return connect(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        source = "embedded";
        try {
            var pg = EmbeddedPostgres.builder().setPGStartupWait(Database.STARTUP_WAIT).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return connect(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getenv("GATEHOUSE_TEST_DOCKER"))) return false;
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static void truncateAll(Database db) {
        List<String> tables = db.dsl().fetch("""
                select tablename from pg_tables
                where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                """).getValues(0, String.class);
        if (!tables.isEmpty()) {
            db.dsl().execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
        }
    }
}
