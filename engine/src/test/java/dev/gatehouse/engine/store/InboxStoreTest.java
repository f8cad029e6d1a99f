package dev.gatehouse.engine.store;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The inbox insert is the one write before a Slack ack: it must be on disk when it returns. */
class InboxStoreTest {
    private DSLContext dsl;
    private InboxStore store;

    @BeforeEach
    void fresh() {
        dsl = TestDatabase.fresh().dsl();
        store = new InboxStore(dsl);
    }

    /**
     * Whether the commit of transaction {@code writerXid} is in the
     * write-ahead log on disk, looked up from {@code since}. pg_walinspect reads the log only up
     * to the flushed position, so a commit it cannot find is not yet durable. Asking about this
     * one commit, rather than comparing the flushed position with the current end of the log,
     * keeps the check true to the insert even while the server writes other records.
     */
    private boolean commitOnDisk(String writerXid, String since) {
        return dsl.fetchValue(DSL.field("""
                case when pg_current_wal_flush_lsn() <= ?::pg_lsn then false -- nothing flushed since: not on disk
                     else exists (select 1 from pg_get_wal_records_info(?::pg_lsn, 'FFFFFFFF/FFFFFFFF'::pg_lsn)
                                  where resource_manager = 'Transaction' and record_type like 'COMMIT%' and xid = ?::xid) end""",
                Boolean.class, since, since, writerXid));
    }

    private String walEnd() {
        return dsl.fetchValue(DSL.field("pg_current_wal_insert_lsn()::text", String.class));
    }

    @Test
    void an_insert_returns_only_once_its_commit_is_flushed_even_when_the_server_commits_asynchronously() {
        // the embedded test server, like the one Gatehouse starts without DATABASE_URL, commits asynchronously
        assumeTrue("off".equals(dsl.fetchValue(DSL.field("current_setting('synchronous_commit')", String.class))),
                "the server commits synchronously anyway");
        try {
            dsl.execute("create extension if not exists pg_walinspect");
        } catch (RuntimeException noExtension) {
            assumeTrue(false, "pg_walinspect is not available on this server: " + noExtension.getMessage());
        }
        int unflushedPlainInserts = 0;
        for (int i = 0; i < 20; i++) {
            var since = walEnd();
            dsl.execute("insert into app_settings (setting_key, setting_value, updated_by) values (?, '{}'::jsonb, 't')",
                    "plain-" + i);
            if (!commitOnDisk(dsl.fetchValue("select xmin::text from app_settings where setting_key = ?", "plain-" + i).toString(), since)) unflushedPlainInserts++;
        }
        assertThat(unflushedPlainInserts).as("the check can tell an unflushed commit").isPositive();

        for (int i = 0; i < 20; i++) {
            var since = walEnd();
            long id = store.insert(new InboxStore.NewRow("slack_action", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    ("payload=" + i).getBytes(), Instant.now()), "test", Duration.ofSeconds(10));
            assertThat(commitOnDisk(dsl.fetchValue("select xmin::text from inbox where id = ?", id).toString(), since)).as("insert %d is on disk when it returns", i).isTrue();
        }
    }
}
