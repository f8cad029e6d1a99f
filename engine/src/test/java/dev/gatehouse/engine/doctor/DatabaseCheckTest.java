package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database part of doctor, against a real PostgreSQL; it reads the schema history and changes nothing. */
class DatabaseCheckTest {
    private static Map<String, String> env() {
        return TestDatabase.env();
    }

    /** The same server, another database on it. */
    private static Map<String, String> envFor(String database) {
        var env = new HashMap<>(env());
        env.put("DATABASE_URL", env.get("DATABASE_URL").replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database));
        return env;
    }

    private static Map<String, String> freshDatabase(String name) {
        TestDatabase.execute("drop database if exists " + name + " with (force)");
        TestDatabase.execute("create database " + name);
        return envFor(name);
    }

    @Test
    void a_migrated_database_is_ok_and_says_its_schema_version() {
        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(env()));

        assertThat(check.status()).isEqualTo(Check.Status.OK);
        assertThat(check.detail()).startsWith("PostgreSQL ").contains("no pending migrations").containsPattern("schema at v\\d+");
    }

    @Test
    void an_empty_database_warns_of_pending_migrations_and_is_left_empty() throws Exception {
        var env = freshDatabase("doctor_empty");

        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(env));

        assertThat(check.status()).isEqualTo(Check.Status.WARN);
        assertThat(check.detail()).contains("schema at empty", "migration(s) pending", "run applies them when it starts");
        try (var connection = DriverManager.getConnection(env.get("DATABASE_URL"), env.get("DATABASE_USER"),
                env.get("DATABASE_PASSWORD"));
             var tables = connection.createStatement().executeQuery(
                     "select count(*) from pg_tables where schemaname = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void a_database_migrated_by_a_newer_gatehouse_warns() throws Exception {
        var env = migratedDatabase("doctor_newer", """
                insert into flyway_schema_history
                select installed_rank + 1000, '999', 'from the future', type, 'V999__from_the_future.sql', checksum,
                       installed_by, installed_on, execution_time, success
                from flyway_schema_history order by installed_rank desc limit 1""");

        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(env));

        assertThat(check.status()).isEqualTo(Check.Status.WARN);
        assertThat(check.detail()).contains("newer than this jar knows (v999)", "run that version");
    }

    @Test
    void an_applied_migration_that_was_edited_since_fails_because_run_would_refuse_to_start() throws Exception {
        var env = migratedDatabase("doctor_edited", "update flyway_schema_history set checksum = checksum + 1 where version = '001'");

        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(env));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("migration v001 differs from the one applied", "refuses to start");
    }

    @Test
    void a_migration_that_failed_part_way_fails_with_how_to_repair() throws Exception {
        var env = migratedDatabase("doctor_failed", """
                update flyway_schema_history set success = false
                where installed_rank = (select max(installed_rank) from flyway_schema_history)""");

        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(env));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("failed part-way", "delete its row from flyway_schema_history");
    }

    /** A database migrated by this jar, then changed by {@code sql} run on it. */
    private static Map<String, String> migratedDatabase(String name, String sql) throws Exception {
        var env = freshDatabase(name);
        Workspace.migrate(DatabaseConfig.fromEnv(env));
        try (var connection = DriverManager.getConnection(env.get("DATABASE_URL"), env.get("DATABASE_USER"),
                env.get("DATABASE_PASSWORD"))) {
            connection.createStatement().execute(sql);
        }
        return env;
    }

    @Test
    void a_database_that_does_not_exist_fails_with_how_to_create_it() {
        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(envFor("doctor_missing")));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("doctor_missing", "create it (createdb NAME) or correct the database name in DATABASE_URL");
    }

    @Test
    void a_server_that_does_not_listen_fails_with_what_to_check() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(Map.of("DATABASE_URL",
                "postgres://gatehouse:pw@127.0.0.1:" + closed + "/gatehouse")));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).startsWith("cannot connect to 127.0.0.1:" + closed + "/gatehouse")
                .contains("is PostgreSQL running and reachable from here", "check DATABASE_URL");
    }

    @Test
    void without_database_url_the_embedded_database_is_a_warning_naming_its_directory() {
        var check = DatabaseCheck.check(DatabaseConfig.fromEnv(Map.of("GATEHOUSE_DATA_DIR", "/srv/gatehouse")));

        assertThat(check.status()).isEqualTo(Check.Status.WARN);
        assertThat(check.detail()).contains("DATABASE_URL is unset", Path.of("/srv/gatehouse", "pgdata").toString(),
                "set DATABASE_URL");
    }
}
