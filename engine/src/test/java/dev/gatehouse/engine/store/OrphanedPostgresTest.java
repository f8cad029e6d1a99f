package dev.gatehouse.engine.store;

import dev.gatehouse.engine.config.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrphanedPostgresTest {
    @TempDir
    Path data;

    @Test
    void aRunKilledWithoutItsShutdownHooksDoesNotKeepTheNextOneFromStarting() throws Exception {
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = data.resolve("child.log");
        var child = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                EmbeddedThenHalt.class.getName(), data.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child halts").isTrue();
        assertThat(Files.readString(log)).contains("open Stores");
        var pidFile = data.resolve("pgdata").resolve("postmaster.pid");
        long orphan = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the halted JVM's PostgreSQL runs on").contains(true);

        try (var database = Database.open(DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", data.toString())))) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan is stopped").isFalse();
            try (var connection = database.dataSource().getConnection(); var query = connection.createStatement();
                 var result = query.executeQuery("select count(*) from flyway_schema_history where success")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).as("the schema the first run migrated is there").isPositive();
            }
        }
    }

    @Test
    void aDirectoryARunningGatehouseHoldsIsLeftAloneWithAClearError() throws Exception {
        try (var database = Database.open(DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", data.toString())))) {
            var pgdata = data.resolve("pgdata");
            assertThatThrownBy(() -> OrphanedPostgres.stopIfOrphaned(pgdata))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another Gatehouse is running with its data in " + pgdata);
            try (var connection = database.dataSource().getConnection(); var query = connection.createStatement()) {
                assertThat(query.execute("select 1")).as("the running server was not touched").isTrue();
            }
        }
    }
}
