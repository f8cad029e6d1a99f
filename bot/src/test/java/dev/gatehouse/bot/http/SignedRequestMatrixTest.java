package dev.gatehouse.bot.http;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.ShiftedClock;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, aged, future-dated, altered and replayed requests against every signed endpoint of the
 * running bot: each is refused with 401 naming the header at fault, changes no row, posts nothing
 * to Slack and sends no email. The bot runs two hours ahead of this machine's clock, and the
 * requests are signed on the bot's clock: the window is measured on it, not on the system's.
 */
class SignedRequestMatrixTest {
    private static final String INBOUND_SECRET = "inbound-secret-for-tests-only-0123456789";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final ShiftedClock clock = new ShiftedClock();
    private static GatehouseStack stack;
    private static SignedHttp http;
    private static String approveClick;

    enum Attack { NO_SIGNATURE, WRONG_SECRET, STALE_BY_6_MINUTES, FUTURE_BY_6_MINUTES, FUTURE_BY_A_YEAR, BODY_ALTERED, EXACT_REPLAY }

    /** A signed endpoint and a good request to it (a fresh one each time, except the click: there is one review). */
    record Target(SignedHttp.Endpoint endpoint, Supplier<String> body) {
        @Override
        public String toString() {
            return endpoint.name();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        clock.advance(Duration.ofHours(2));
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_INBOUND_SECRET", INBOUND_SECRET, "GATEHOUSE_SWEEP_SECONDS", "3600"), slack -> {
        }, clock);
        stack.seedWorkspace();
        http = new SignedHttp(stack.url(""), clock);
        assertThat(http.post(signals(), signal()).statusCode()).isEqualTo(202);
        var review = stack.awaitReviewMessage(Duration.ofSeconds(30));
        approveClick = SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow());
        stack.awaitRecordedMessage(stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(10)).getFirst().id(),
                Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    static Stream<Arguments> cases() {
        var slackForm = new SignedHttp.Endpoint("Slack interaction (approve)", "/slack/events", SignedHttp.Scheme.SLACK,
                GatehouseStack.SIGNING_SECRET, "application/x-www-form-urlencoded");
        var slackCommand = new SignedHttp.Endpoint("Slack command (/pause)", "/slack/events", SignedHttp.Scheme.SLACK,
                GatehouseStack.SIGNING_SECRET, "application/x-www-form-urlencoded");
        var slackEvent = new SignedHttp.Endpoint("Slack event (app_home_opened)", "/slack/events", SignedHttp.Scheme.SLACK,
                GatehouseStack.SIGNING_SECRET, "application/json");
        var inbound = new SignedHttp.Endpoint("inbound email API", "/api/inbound-email", SignedHttp.Scheme.GATEHOUSE,
                INBOUND_SECRET, "application/json");
        var targets = List.of(
                new Target(slackForm, () -> approveClick),
                new Target(slackCommand, () -> SlackPayloads.command(GatehouseStack.MANAGER, "/pause", "matrix " + UNIQUE.incrementAndGet())),
                new Target(slackEvent, () -> SlackPayloads.appHomeOpened(GatehouseStack.REP, "EvMATRIX" + UNIQUE.incrementAndGet())),
                new Target(signals(), SignedRequestMatrixTest::signal),
                new Target(inbound, SignedRequestMatrixTest::email));
        var cases = new ArrayList<Arguments>();
        for (var attack : Attack.values()) for (var target : targets) cases.add(Arguments.of(target, attack));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void a_forged_aged_altered_or_replayed_request_is_refused_and_changes_nothing(Target target, Attack attack) throws Exception {
        var endpoint = target.endpoint();
        var body = target.body().get().getBytes(StandardCharsets.UTF_8);
        var now = http.now();
        Map<String, String> replayed = Map.of();
        if (attack == Attack.EXACT_REPLAY) {
            replayed = http.signatureHeaders(endpoint, body, now, endpoint.secret());
            assertThat(http.send(endpoint, body, replayed, Map.of()).statusCode()).as("the original request").isBetween(200, 299);
        }
        var before = Snapshot.quiet();

        var response = switch (attack) {
            case NO_SIGNATURE -> http.send(endpoint, body, Map.of(), Map.of());
            case WRONG_SECRET -> http.send(endpoint, body, http.signatureHeaders(endpoint, body, now, "not-the-secret"), Map.of());
            case STALE_BY_6_MINUTES -> http.post(endpoint, body, now - 360, Map.of());
            case FUTURE_BY_6_MINUTES -> http.post(endpoint, body, now + 360, Map.of());
            case FUTURE_BY_A_YEAR -> http.post(endpoint, body, now + Duration.ofDays(365).toSeconds(), Map.of());
            case BODY_ALTERED -> http.send(endpoint, altered(body), http.signatureHeaders(endpoint, body, now, endpoint.secret()),
                    Map.of());
            case EXACT_REPLAY -> http.send(endpoint, body, replayed, Map.of());
        };

        assertRefused(response);
        assertThat(Snapshot.quiet()).isEqualTo(before);
    }

    @Test
    void a_request_signed_on_this_machines_clock_is_refused_by_a_bot_two_hours_ahead() throws Exception {
        var before = Snapshot.quiet();

        var response = http.post(signals(), signal().getBytes(StandardCharsets.UTF_8), java.time.Instant.now().getEpochSecond(),
                Map.of());

        assertRefused(response);
        assertThat(Snapshot.quiet()).isEqualTo(before);
    }

    @Test
    void slacks_own_retry_of_an_event_is_handled_once_and_a_bare_replay_is_refused() throws Exception {
        var endpoint = new SignedHttp.Endpoint("Slack event", "/slack/events", SignedHttp.Scheme.SLACK, GatehouseStack.SIGNING_SECRET,
                "application/json");
        var body = SlackPayloads.appHomeOpened(GatehouseStack.MANAGER, "EvRETRY1").getBytes(StandardCharsets.UTF_8);
        var signature = http.signatureHeaders(endpoint, body, http.now(), endpoint.secret());
        assertThat(http.send(endpoint, body, signature, Map.of()).statusCode()).isEqualTo(200);
        stack.slack.await("views.publish", c -> GatehouseStack.MANAGER.equals(c.param("user_id")), Duration.ofSeconds(10));
        var before = Snapshot.quiet();

        var retry = http.send(endpoint, body, signature, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        var replay = http.send(endpoint, body, signature, Map.of());

        assertThat(retry.statusCode()).isEqualTo(200);
        assertRefused(replay);
        assertThat(Snapshot.quiet()).isEqualTo(before);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).containsAnyOf("\"field\":\"X-Slack-", "\"field\":\"X-Gatehouse-");
    }

    /** Every row, every call the fake Slack received and every email delivered, once the work after the last request is over. */
    record Snapshot(Map<String, String> rows, int slackCalls, int emails) {
        static Snapshot quiet() throws InterruptedException {
            var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            var last = take();
            while (true) {
                Thread.sleep(300);
                var now = take();
                if (now.equals(last) && DbFingerprint.idle(stack.running.after())) return now;
                if (System.nanoTime() > deadline) throw new AssertionError("the bot kept changing things for 30 s");
                last = now;
            }
        }

        private static Snapshot take() {
            return new Snapshot(new HashMap<>(DbFingerprint.take()), stack.slack.calls().size(), mail.getReceivedMessages().length);
        }
    }

    private static SignedHttp.Endpoint signals() {
        return new SignedHttp.Endpoint("signals API", "/api/signals", SignedHttp.Scheme.GATEHOUSE, GatehouseStack.SIGNALS_SECRET,
                "application/json");
    }

    private static String signal() {
        return """
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                 "source":"newsfeed","external_id":"nw-matrix-%d"}""".formatted(UNIQUE.incrementAndGet());
    }

    private static String email() {
        return """
                {"from":"Dana Keller <dana@northwind.example>","to":["ari@ledgerline.example"],"subject":"Re: month-end",
                 "text":"Tell me more.","message_id":"<matrix-%d@northwind.example>"}""".formatted(UNIQUE.incrementAndGet());
    }

    private static byte[] altered(byte[] body) {
        var copy = body.clone();
        copy[copy.length / 2] = (byte) (copy[copy.length / 2] == 'x' ? 'y' : 'x');
        return copy;
    }
}
