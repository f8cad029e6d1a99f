package dev.gatehouse.engine.store;

import dev.gatehouse.engine.config.DatabaseConfig;

import java.util.Map;

/**
 * A child JVM for {@link OrphanedPostgresTest}: opens the embedded PostgreSQL in the data
 * directory given as its argument, says so, and halts without running its shutdown hooks, as
 * kill -9 or the OOM killer would end it.
 */
public final class EmbeddedThenHalt {
    public static void main(String[] args) {
        var database = Database.open(DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", args[0])));
        System.out.println("open " + database.stores().getClass().getSimpleName());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
