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

    /** Whether the write-ahead log is flushed up to everything written so far (so a commit just made is durable). */
    private boolean walFlushed() {
        return dsl.fetchValue(DSL.field("pg_current_wal_flush_lsn() >= pg_current_wal_insert_lsn()", Boolean.class));
    }

    @Test
    void an_insert_returns_only_once_its_row_is_flushed_even_when_the_server_commits_asynchronously() {
        // the embedded test server, like the one Gatehouse starts without DATABASE_URL, commits asynchronously
        assumeTrue("off".equals(dsl.fetchValue(DSL.field("current_setting('synchronous_commit')", String.class))),
                "the server commits synchronously anyway");
        int unflushedPlainInserts = 0;
        for (int i = 0; i < 20; i++) {
            dsl.execute("insert into app_settings (setting_key, setting_value, updated_by) values (?, '{}'::jsonb, 't')",
                    "plain-" + i);
            if (!walFlushed()) unflushedPlainInserts++;
        }
        assertThat(unflushedPlainInserts).as("the check can tell an unflushed commit").isPositive();

        for (int i = 0; i < 20; i++) {
            store.insert(new InboxStore.NewRow("slack_action", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    ("payload=" + i).getBytes(), Instant.now()), "test", Duration.ofSeconds(10));
            assertThat(walFlushed()).as("insert %d is on disk when it returns", i).isTrue();
        }
    }
}
