package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Socket Mode for teams without a public URL: the bot opens a connection through
 * {@code apps.connections.open}, receives a button click as an envelope over a real WebSocket on
 * loopback, acknowledges it by envelope id, and the approval sends one email.
 */
class SocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Plays Slack's Socket Mode server: says hello, pushes envelopes, collects acks. */
    static final class FakeSocketServer extends WebSocketServer {
        final CompletableFuture<WebSocket> connected = new CompletableFuture<>();
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        FakeSocketServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0GATEHOUSE\"}}");
            connected.complete(conn);
        }

        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        public void onError(WebSocket conn, Exception ex) {
        }

        public void onStart() {
        }
    }

    @Test
    void a_click_over_socket_mode_is_acked_by_envelope_id_and_sends_once() throws Exception {
        var socket = new FakeSocketServer();
        socket.start();
        try {
            var url = "ws://127.0.0.1:" + waitForPort(socket) + "/";
            var stack = new GatehouseStack(mail, Map.of("SLACK_APP_TOKEN", "xapp-1-test", "SLACK_SIGNING_SECRET", ""),
                    slack -> slack.socketModeUrl(url));
            try (stack) {
                stack.seedWorkspace();
                stack.postSignals("""
                        {"account_domain":"northwind.example","kind":"funding",
                         "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""");
                var review = stack.awaitReviewMessage(Duration.ofSeconds(30));
                var connection = socket.connected.get(30, TimeUnit.SECONDS);
                var form = SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                        review.buttonValue("gh_approve").orElseThrow());
                var payload = JSON.readTree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));

                connection.send(JSON.writeValueAsString(Map.of("envelope_id", "env-1", "type", "interactive",
                        "payload", payload, "accepts_response_payload", false, "retry_attempt", 0, "retry_reason", "")));

                var ack = socket.received.poll(10, TimeUnit.SECONDS);
                assertThat(ack).isNotNull();
                assertThat(JSON.readTree(ack).path("envelope_id").asText()).isEqualTo("env-1");
                assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
                assertThat(mail.getReceivedMessages()).hasSize(1);
                assertThat(stack.slack.calls("apps.connections.open")).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer xapp-1-test"));
            }
        } finally {
            socket.stop(1000);
        }
    }

    private static int waitForPort(WebSocketServer server) throws InterruptedException {
        for (int i = 0; i < 100 && server.getPort() == 0; i++) Thread.sleep(20);
        return server.getPort();
    }
}
