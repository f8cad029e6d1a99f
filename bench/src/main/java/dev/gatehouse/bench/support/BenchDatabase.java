package dev.gatehouse.bench.support;

import dev.gatehouse.engine.config.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for a whole bench run, the kind the bot starts on its own, handing out
 * a fresh database per benchmark: the bot in process and in child JVMs reach it by
 * {@code DATABASE_URL}, and starting it once keeps {@code bench all} short.
 */
public final class BenchDatabase implements AutoCloseable {
    public static final String USER = "postgres";

    private final TempDir dir = new TempDir("gatehouse-bench-pg");
    private final EmbeddedPostgres postgres;
    private final AtomicInteger created = new AtomicInteger();

    public BenchDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dir.path().resolve("pgdata"))
                    .setCleanDataDirectory(true).setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
        } catch (IOException e) {
            dir.close();
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Creates an empty database named after {@code purpose}; returns its JDBC URL. */
    public String fresh(String purpose) {
        var name = purpose.replaceAll("[^a-z0-9_]", "_") + "_" + created.incrementAndGet();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
    }

    /** The settings that point Gatehouse at {@code jdbcUrl}. */
    public static Map<String, String> env(String jdbcUrl) {
        return Map.of("DATABASE_URL", jdbcUrl, "DATABASE_USER", USER, "DATABASE_PASSWORD", "");
    }

    public static DatabaseConfig config(String jdbcUrl) {
        return DatabaseConfig.fromEnv(env(jdbcUrl));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the data directory goes with the temp directory
        } finally {
            dir.close();
        }
    }
}
