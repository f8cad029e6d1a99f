package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Gatehouse acknowledges over Socket Mode is as durable as over HTTP: a click is one inbox row
 * before its envelope is acked, and a row a stopped instance left is finished by a running one. A
 * modal submission replayed after a restart, when its modal is gone, tells its submitter in a
 * direct message if it was refused.
 */
class SocketModeInboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void a_socket_mode_click_is_stored_before_its_ack_and_its_row_is_gone_once_decided() throws Exception {
        var socket = new SocketModeTest.FakeSocketServer();
        socket.start();
        try (var stack = socketStack(socket); var lock = connect()) {
            var review = reviewPosted(stack);
            var connection = socket.connected.get(30, TimeUnit.SECONDS);
            // the decision is held up by a lock on the touch, so the ack comes before it
            lock.setAutoCommit(false);
            long touchId = ActionValue.decode(review.buttonValue("gh_approve").orElseThrow()).id();
            try (var select = lock.prepareStatement("select id from touches where id = ? for update")) {
                select.setLong(1, touchId);
                select.executeQuery().close();
            }

            connection.send(envelope("env-1", approvePayload(review)));

            var ack = socket.received.poll(10, TimeUnit.SECONDS);
            assertThat(ack).isNotNull();
            assertThat(JSON.readTree(ack).path("envelope_id").asText()).isEqualTo("env-1");
            assertThat(TestDatabase.count("select count(*) from inbox where kind = 'slack_action'"))
                    .as("stored before the envelope was acked").isEqualTo(1);
            assertThat(mail.getReceivedMessages()).isEmpty();
            lock.rollback();

            assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
            awaitEmptyInbox();
            assertThat(mail.getReceivedMessages()).hasSize(1);
        } finally {
            socket.stop(1000);
        }
    }

    @Test
    void a_socket_mode_click_left_by_a_stopped_instance_is_decided_by_a_running_one() throws Exception {
        var socket = new SocketModeTest.FakeSocketServer();
        socket.start();
        try (var stack = socketStack(socket)) {
            var review = reviewPosted(stack);
            // as a process killed after acking the envelope leaves it: stored, claimed by nobody alive
            leftByADeadInstance("slack_action", Map.of("X-Gatehouse-Socket-Mode", "1", "Content-Type", "application/json"),
                    JSON.writeValueAsString(approvePayload(review)));

            assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
            awaitEmptyInbox();
            Thread.sleep(500); // room for a second email, were there one
            assertThat(mail.getReceivedMessages()).hasSize(1);
        } finally {
            socket.stop(1000);
        }
    }

    @Test
    void a_modal_submission_refused_on_replay_is_told_to_its_submitter_in_a_direct_message() throws Exception {
        try (var stack = new GatehouseStack(mail, Map.of())) {
            var review = reviewPosted(stack);
            var metadata = ModalMetadata.of(ActionValue.decode(review.buttonValue("gh_reject").orElseThrow()),
                    review.channel(), review.ts()).encode();
            // a Reject submitted without a reason just before a crash: the modal would have said so
            var form = SlackPayloads.viewSubmission(GatehouseStack.REP, "gh_reject_submit", metadata, Map.of());
            leftByADeadInstance("slack_view", Map.of("Content-Type", "application/x-www-form-urlencoded"), form);

            var told = stack.slack.await("chat.postMessage",
                    c -> c.param("text") != null && c.param("text").contains("could not be saved"), WAIT);
            assertThat(told.param("text")).contains("Choose a reason");
            assertThat(told.param("channel")).isIn(GatehouseStack.REP, "D0" + GatehouseStack.REP.substring(2));
            awaitEmptyInbox();
            assertThat(TestDatabase.count("select count(*) from review_decisions")).isZero();
        }
    }

    private static GatehouseStack socketStack(SocketModeTest.FakeSocketServer socket) throws Exception {
        var url = "ws://127.0.0.1:" + waitForPort(socket) + "/";
        return new GatehouseStack(mail, Map.of("SLACK_APP_TOKEN", "xapp-1-test", "SLACK_SIGNING_SECRET", ""),
                slack -> slack.socketModeUrl(url));
    }

    private static GatehouseStack.Posted reviewPosted(GatehouseStack stack) throws Exception {
        stack.seedWorkspace();
        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding",
                 "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""");
        return stack.awaitReviewMessage(WAIT);
    }

    private static JsonNode approvePayload(GatehouseStack.Posted review) throws Exception {
        var form = SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow());
        return JSON.readTree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));
    }

    private static String envelope(String id, JsonNode payload) throws Exception {
        return JSON.writeValueAsString(Map.of("envelope_id", id, "type", "interactive", "payload", payload,
                "accepts_response_payload", false, "retry_attempt", 0, "retry_reason", ""));
    }

    /** An inbox row whose owner died: its lease ran out a moment ago. */
    private static void leftByADeadInstance(String kind, Map<String, String> headers, String body) throws Exception {
        TestDatabase.execute("insert into inbox (kind, headers, body, received_at, owner, lease_until) "
                        + "values (?, ?::jsonb, ?, now(), 'dead-instance', now() - interval '1 second')",
                kind, JSON.writeValueAsString(headers), body.getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitEmptyInbox() throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (TestDatabase.count("select count(*) from inbox") > 0) {
            if (System.nanoTime() > deadline) throw new AssertionError("inbox rows left unprocessed");
            Thread.sleep(50);
        }
    }

    private static Connection connect() throws Exception {
        var env = TestDatabase.env();
        return DriverManager.getConnection(env.get("DATABASE_URL"), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
    }

    private static int waitForPort(SocketModeTest.FakeSocketServer server) throws InterruptedException {
        for (int i = 0; i < 100 && server.getPort() == 0; i++) Thread.sleep(20);
        return server.getPort();
    }
}
