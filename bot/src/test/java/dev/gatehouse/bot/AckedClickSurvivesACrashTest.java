package dev.gatehouse.bot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack never retries a click it had a 200 for, so an acknowledged Approve must survive the
 * process dying before the decision: the first bot runs in a child JVM, its decision is held back
 * by a lock on the touch, it is killed with SIGKILL after the ack, and a second bot started on the
 * same database makes the decision, once.
 */
class AckedClickSurvivesACrashTest {
    private static final String REP = GatehouseStack.REP;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void an_approve_acknowledged_by_a_process_killed_before_deciding_is_decided_exactly_once_after_a_restart() throws Exception {
        var stores = TestDatabase.freshStores();
        GatehouseStack.seedWorkspace(stores);
        try (var slack = new FakeSlackApi(); var db = connect(); var lock = connect()) {
            var env = GatehouseStack.env(mail, slack);
            env.put("GATEHOUSE_INBOX_LEASE_SECONDS", "2");
            long touchId;
            try (var first = ChildBot.start(env, Duration.ofSeconds(60))) {
                // given a review message posted by the first process
                assertThat(GatehouseStack.postSignals(first.url("/api/signals"), """
                        {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                         "source":"newsfeed","external_id":"nw-b"}""").statusCode()).isEqualTo(202);
                var review = slack.await("chat.postMessage", c -> c.param("blocks") != null
                        && c.param("blocks").contains("gh_approve") && slack.answeredTs(c).isPresent(), WAIT);
                var approve = new GatehouseStack.Posted(review.param("channel"), slack.answeredTs(review).orElseThrow(),
                        review.json("blocks")).buttonValue("gh_approve").orElseThrow();
                touchId = ActionValue.decode(approve).id();
                // and the decision held up by a lock on the touch, so the process can die between the ack and it
                lock.setAutoCommit(false);
                query(lock, "select id from touches where id = ? for update", touchId);

                // when the reviewer's Approve is acknowledged, and the process is killed while deciding
                var click = new SlackRequests(first.url("/slack/events"), GatehouseStack.SIGNING_SECRET)
                        .post(SlackRequests.blockAction(REP, review.param("channel"), slack.answeredTs(review).orElseThrow(),
                                "gh_approve", approve));
                assertThat(click.statusCode()).isEqualTo(200);
                awaitCount(db, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", 1);
                first.kill();
                lock.rollback();
            }
            assertThat(query(db, "select count(*) from review_decisions where touch_id = ?", touchId)).isZero();
            assertThat(query(db, "select count(*) from inbox where kind = 'slack_action' and done_at is null")).isEqualTo(1);

            // when Gatehouse starts again on the same database
            var again = new HashMap<>(env);
            again.put("PORT", "0");
            try (var restarted = Main.start(again, Clock.systemUTC())) {
                assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
                awaitCount(db, "select case when count(*) = 0 then 1 else 0 end from inbox", 1); // processed, so deleted
                Thread.sleep(1_000); // room for a second decision or email, were there one
            }

            // then the click was decided, exactly once
            assertThat(query(db, "select count(*) from review_decisions where touch_id = ? and decision = 'approve'", touchId))
                    .isEqualTo(1);
            assertThat(query(db, "select count(*) from outbox where touch_id = ?", touchId)).isEqualTo(1);
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(query(db, "select count(*) from inbox")).isZero();
        }
    }

    private static Connection connect() throws Exception {
        var env = TestDatabase.env();
        return DriverManager.getConnection(env.get("DATABASE_URL"), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
    }

    /** The first column of the first row, as a long (0 when there is no row). */
    private static long query(Connection db, String sql, Object... args) throws Exception {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) statement.setObject(i + 1, args[i]);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private static void awaitCount(Connection db, String sql, long expected) throws Exception {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (query(db, sql) < expected) {
            if (System.nanoTime() > deadline) throw new AssertionError("never " + expected + ": " + sql);
            Thread.sleep(50);
        }
    }
}
