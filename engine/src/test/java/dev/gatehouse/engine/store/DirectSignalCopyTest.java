package dev.gatehouse.engine.store;

import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV import's signals COPYed straight into {@code signals}: the same outcome as the set-based upsert, races included. */
class DirectSignalCopyTest {
    private static final Instant OBSERVED = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void known_keys_repeated_keys_unknown_accounts_and_contacts_come_out_as_the_upsert_leaves_them() {
        var database = TestDatabase.fresh();
        TestDatabase.execute("insert into accounts (domain, name) values ('known.example', 'Known')");
        TestDatabase.execute("insert into contacts (account_id, email, first_name) select id, 'dana@known.example', 'Dana' from accounts");
        TestDatabase.execute("insert into signals (account_id, kind, summary, observed_at, dedupe_key)"
                + " select id, 'news', 'stored before', now(), 'feed:old' from accounts");

        StagedImport.Loaded loaded;
        try (var staged = StagedImport.begin(database.dataSource())) {
            loaded = staged.signals(List.of(row(2, "known.example", "dana@known.example", "new"), row(3, "known.example", null, "old"),
                    row(4, "nobody.example", null, "lost"), row(5, "known.example", null, "new")), false);
            staged.commit();
        }

        assertThat(loaded.stored()).isEqualTo(1);
        assertThat(loaded.duplicates()).isEqualTo(2);
        assertThat(loaded.unknown()).containsExactly(new StagedImport.UnknownAccount(4, "nobody.example"));
        assertThat(TestDatabase.count("select count(*) from signals s join contacts c on c.id = s.contact_id"
                + " where s.dedupe_key = 'feed:new' and s.summary = 'signal new' and c.email = 'dana@known.example'")).isOne();
        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(2);
    }

    @Test
    void a_key_another_writer_commits_while_the_batch_is_copied_is_skipped_and_the_rest_stored() throws Exception {
        var database = TestDatabase.fresh();
        TestDatabase.execute("insert into accounts (domain, name) values ('race.example', 'Race')");
        try (var api = database.dataSource().getConnection()) {
            api.setAutoCommit(false);
            try (var insert = api.createStatement()) {
                insert.execute("insert into signals (account_id, kind, summary, observed_at, dedupe_key)"
                        + " select id, 'news', 'from the API', now(), 'feed:2' from accounts");
            }
            try (var staged = StagedImport.begin(database.dataSource())) {
                var loading = CompletableFuture.supplyAsync(() -> staged.signals(
                        List.of(row(2, "race.example", null, "1"), row(3, "race.example", null, "2")), false));
                awaitCopyWaitingForTheOtherWriter(loading);
                api.commit();
                var loaded = loading.get(1, TimeUnit.MINUTES);
                staged.commit();

                assertThat(loaded.stored()).isOne();
                assertThat(loaded.duplicates()).isOne();
            }
        }
        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from signals where dedupe_key = 'feed:2' and summary = 'from the API'")).isOne();
    }

    /** The COPY waits on the unique key for the other transaction to end: PostgreSQL shows it as a lock wait. */
    private static void awaitCopyWaitingForTheOtherWriter(CompletableFuture<?> loading) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (TestDatabase.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'copy signals%'") == 0) {
            assertThat(loading).as("the import waits for the other writer").isNotDone();
            assertThat(System.nanoTime()).as("the COPY waited for the other writer within a minute").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static Row<SignalInput> row(int line, String domain, String email, String id) {
        return new Row<>(line, new SignalInput(domain, null, email, SignalKind.NEWS, "signal " + id, null, OBSERVED, "feed", id));
    }
}
