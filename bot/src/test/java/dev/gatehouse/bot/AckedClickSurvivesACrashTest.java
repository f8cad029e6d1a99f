package dev.gatehouse.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.writing.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        seedWorkspace(stores);
        try (var slack = new FakeSlackApi(); var db = connect(); var lock = connect()) {
            var env = env(slack);
            long touchId;
            try (var first = ChildBot.start(env, Duration.ofSeconds(60))) {
                // given a review message posted by the first process
                assertThat(postSignal(first.url("/api/signals")).statusCode()).isEqualTo(202);
                var review = slack.await("chat.postMessage", c -> c.param("blocks") != null
                        && c.param("blocks").contains("gh_approve") && slack.answeredTs(c).isPresent(), WAIT);
                var approve = buttonValue(review.json("blocks"), "gh_approve");
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

    private static Map<String, String> env(FakeSlackApi slack) {
        var env = new HashMap<>(TestDatabase.env());
        env.putAll(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_SIGNING_SECRET", GatehouseStack.SIGNING_SECRET,
                "SLACK_API_URL", slack.url(),
                "GATEHOUSE_MANAGERS", GatehouseStack.MANAGER,
                "GATEHOUSE_REPS", REP,
                "GATEHOUSE_SIGNALS_SECRET", GatehouseStack.SIGNALS_SECRET,
                "GATEHOUSE_JOB_POLL_MS", "100",
                "GATEHOUSE_INBOX_LEASE_SECONDS", "2"));
        env.putAll(dev.gatehouse.engine.sending.SendingEnv.smtp(mail, "Ari Lund <ari@ledgerline.example>",
                "https://gatehouse.ledgerline.example"));
        return env;
    }

    /** A manager-set ICP and offer, and one account with the VP Finance the ICP looks for. */
    private static void seedWorkspace(Stores stores) {
        stores.playbook().saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance leader", List.of("finance", "controller", "cfo"), List.of())),
                Icp.Exclusions.NONE, null, null, 20, "Mid-size logistics companies with growing finance teams"),
                GatehouseStack.MANAGER);
        stores.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"),
                List.of("Harbor Freight Lines"), "Ari Lund", "Account Executive"), GatehouseStack.MANAGER);
        var accountId = stores.accounts().upsert(new Account(0, "northwind.example", "Northwind Freight", "logistics", 240,
                "EMEA", "DE", List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        stores.accounts().upsert(new Contact(0, accountId, "dana@northwind.example", "Dana", "Keller", "VP Finance", "vp",
                ZoneId.of("Europe/Berlin"), null));
    }

    private static HttpResponse<String> postSignal(String url) throws Exception {
        var body = """
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                 "source":"newsfeed","external_id":"nw-b"}""".getBytes(StandardCharsets.UTF_8);
        var timestamp = Instant.now().getEpochSecond();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Gatehouse-Timestamp", Long.toString(timestamp))
                .header("X-Gatehouse-Signature", new RequestSignature(GatehouseStack.SIGNALS_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String buttonValue(JsonNode blocks, String actionId) {
        for (var block : blocks) {
            for (var element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) return element.path("value").asText();
            }
        }
        throw new AssertionError("no " + actionId + " button in " + blocks);
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
