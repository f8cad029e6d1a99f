package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SLACK_API_URL set nothing calls slack.com, start-up included: every connection any client
 * opens (OkHttp under Bolt and the Slack SDK, java.net.http, JDBC and SMTP sockets) asks the default
 * {@link ProxySelector}, which this test replaces with one that records each address and refuses
 * anything off loopback. The Socket Mode WebSocket goes to the URL apps.connections.open answered,
 * which comes from the fake.
 */
class OfflineSlackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1");
    private static final String SIGNAL = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Records every URI a client is about to reach; off loopback, hands out a proxy nothing listens on. */
    static final class Recorder extends ProxySelector {
        final List<URI> reached = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            reached.add(uri);
            if (LOOPBACK.contains(uri.getHost())) return List.of(Proxy.NO_PROXY);
            var type = uri.getScheme().startsWith("socket") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
            return List.of(new Proxy(type, new InetSocketAddress("127.0.0.1", 1)));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
        }
    }

    private final Recorder recorder = new Recorder();
    private ProxySelector previous;

    @BeforeEach
    void install() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(recorder);
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(previous);
    }

    private void roundTrip(GatehouseStack stack, SlackClick click) throws Exception {
        stack.seedWorkspace();
        assertThat(stack.postSignals(SIGNAL).statusCode()).isEqualTo(202);
        var review = stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(30));
        click.send(SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow()));
        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        stack.slack.await("chat.update", c -> c.param("ts").equals(review.ts()), Duration.ofSeconds(10));
    }

    interface SlackClick {
        void send(String form) throws Exception;
    }

    private void assertOnlyLoopback(GatehouseStack stack) {
        var slackPort = URI.create(stack.slack.url()).getPort();
        assertThat(recorder.reached).as("the recorder sees the Web API calls").anyMatch(u -> u.getPort() == slackPort);
        assertThat(recorder.reached).allSatisfy(uri -> assertThat(LOOPBACK).as(uri.toString()).contains(uri.getHost()));
    }

    @Test
    void over_http_nothing_leaves_loopback() throws Exception {
        try (var stack = new GatehouseStack(mail, Map.of())) {
            roundTrip(stack, form -> assertThat(stack.slackRequests.post(form).statusCode()).isEqualTo(200));

            assertOnlyLoopback(stack);
        }
    }

    @Test
    void in_socket_mode_nothing_leaves_loopback() throws Exception {
        var socket = new SocketModeTest.FakeSocketServer();
        socket.start();
        try {
            for (int i = 0; i < 100 && socket.getPort() == 0; i++) Thread.sleep(20);
            var url = "ws://127.0.0.1:" + socket.getPort() + "/";
            try (var stack = new GatehouseStack(mail, Map.of("SLACK_APP_TOKEN", "xapp-1-test", "SLACK_SIGNING_SECRET", ""),
                    slack -> slack.socketModeUrl(url))) {
                var connection = socket.connected.get(30, TimeUnit.SECONDS);
                roundTrip(stack, form -> {
                    var payload = JSON.readTree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));
                    connection.send(JSON.writeValueAsString(Map.of("envelope_id", "env-1", "type", "interactive",
                            "payload", payload, "accepts_response_payload", false, "retry_attempt", 0, "retry_reason", "")));
                });

                assertThat(stack.slack.calls("apps.connections.open")).isNotEmpty();
                assertOnlyLoopback(stack);
            }
        } finally {
            socket.stop(1000);
        }
    }
}
