package dev.gatehouse.bot.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed Slack requests no Slack client sends — a modal without its state or with metadata we did
 * not write, a click without its message or its action, a home-tab event without user or tab, ids
 * too long for the columns they go into, a NUL — are acknowledged and dropped: 200, one WARN line
 * naming the field and no stack trace, no row written (not even the inbox's), nothing posted. A
 * body that is not Slack's JSON at all gets 400 naming it.
 */
class SlackEdgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL = "C0SALES";
    private static final String TS = "1700000000.000100";
    private static final String LONG_USER = "U" + "9".repeat(80);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static GatehouseStack stack;
    private static SignedHttp http;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private static final SignedHttp.Endpoint FORM = new SignedHttp.Endpoint("slack form", "/slack/events",
            SignedHttp.Scheme.SLACK, GatehouseStack.SIGNING_SECRET, "application/x-www-form-urlencoded");
    private static final SignedHttp.Endpoint EVENT = new SignedHttp.Endpoint("slack event", "/slack/events",
            SignedHttp.Scheme.SLACK, GatehouseStack.SIGNING_SECRET, "application/json");

    @BeforeAll
    static void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        http = new SignedHttp(stack.url(""), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root().detachAppender(logs);
    }

    static Stream<Arguments> requestsSlackNeverSends() throws Exception {
        var review = ModalMetadata.of(ActionValue.touch(7, TouchStatus.PENDING_REVIEW), CHANNEL, TS).encode();
        var approve = ActionValue.touch(7, TouchStatus.PENDING_REVIEW).encode();
        return Stream.of(
                form("view.state.values", "an edit modal without view.state",
                        submission("gh_edit_submit", review, p -> ((ObjectNode) p.get("view")).remove("state"))),
                form("view.private_metadata", "an edit modal with metadata we did not write",
                        submission("gh_edit_submit", review, p -> ((ObjectNode) p.get("view")).put("private_metadata", "v1:7:x"))),
                form("view.private_metadata", "a reject modal without metadata",
                        submission("gh_reject_submit", review, p -> ((ObjectNode) p.get("view")).remove("private_metadata"))),
                form("container", "an approve click without its container",
                        click("gh_approve", approve, p -> p.remove(java.util.List.of("container", "channel")))),
                form("channel.id", "an edit click without a channel",
                        click("gh_edit", approve, p -> {
                            p.remove("channel");
                            ((ObjectNode) p.get("container")).remove("channel_id");
                        })),
                form("actions[0]", "a click whose action is null", click("gh_approve", approve, p -> p.putArray("actions").addNull())),
                form("user.id", "a click by a user id too long for the audit", click("gh_approve", approve,
                        p -> ((ObjectNode) p.get("user")).put("id", LONG_USER))),
                form("user_id", "a manager's command by a user id too long for the audit",
                        SlackPayloads.command(LONG_USER, "/pause", "now")),
                form("text", "a command with a NUL", SlackPayloads.command(GatehouseStack.MANAGER, "/pause", "a\u0000b")),
                form("payload", "a click with a NUL", click("gh_approve", approve, p -> ((ObjectNode) p.get("user")).put("name", "a\u0000b"))),
                event("event.user", "app_home_opened without a user", home(e -> ((ObjectNode) e.get("event")).remove("user"))),
                event("event.tab", "app_home_opened without a tab", home(e -> ((ObjectNode) e.get("event")).remove("tab"))),
                event("event_id", "an event id too long for deduplication", home(e -> e.put("event_id", "Ev" + "1".repeat(120)))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("requestsSlackNeverSends")
    void a_signed_request_slack_never_sends_is_acknowledged_and_dropped(SignedHttp.Endpoint endpoint, String field, String what,
                                                                          String body) throws Exception {
        DbFingerprint.await(() -> DbFingerprint.idle(stack.running.after()), Duration.ofSeconds(20));
        var rows = DbFingerprint.take();
        var slackCalls = stack.slack.calls().size();

        var response = http.post(endpoint, body);

        assertThat(response.statusCode()).isEqualTo(200);
        Thread.sleep(300); // anything queued after the ack would have run by now
        DbFingerprint.await(() -> DbFingerprint.idle(stack.running.after()), Duration.ofSeconds(20));
        assertThat(DbFingerprint.take()).isEqualTo(rows);
        assertThat(stack.slack.calls()).hasSize(slackCalls);
        synchronized (logs) {
            assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.WARN && e.getLoggerName().endsWith("BoltAdapter"))
                    .singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).contains(field));
            assertThat(logs.list).noneMatch(e -> e.getThrowableProxy() != null || e.getLevel() == Level.ERROR);
        }
    }

    @Test
    void a_payload_that_is_not_json_gets_400_naming_it_and_changes_nothing() throws Exception {
        var rows = DbFingerprint.take();

        var response = http.post(FORM, "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\",\"user\":",
                StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("payload");
        assertThat(DbFingerprint.take()).isEqualTo(rows);
    }

    @Test
    void a_good_request_is_still_served_after_them() throws Exception {
        var response = http.post(FORM, SlackPayloads.command(GatehouseStack.MANAGER, "/autonomy", "follow_up supervised"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("is now");
    }

    private static Arguments form(String field, String what, String body) {
        return Arguments.of(FORM, field, what, body);
    }

    private static Arguments event(String field, String what, String body) {
        return Arguments.of(EVENT, field, what, body);
    }

    private static String submission(String callbackId, String metadata, Consumer<ObjectNode> change) throws Exception {
        var values = Map.of(InputId.SUBJECT.blockId(), Map.of(InputId.SUBJECT.actionId(), Map.of("type", "plain_text_input",
                "value", "Hello")), InputId.BODY.blockId(0), Map.of(InputId.BODY.actionId(), Map.of("type", "plain_text_input",
                "value", "Hi Dana")));
        return changed(SlackPayloads.viewSubmission(GatehouseStack.REP, callbackId, metadata,
                (com.fasterxml.jackson.databind.JsonNode) JSON.valueToTree(values)), change);
    }

    private static String click(String actionId, String value, Consumer<ObjectNode> change) throws Exception {
        return changed(SlackRequests.blockAction(GatehouseStack.REP, CHANNEL, TS, actionId, value), change);
    }

    private static String changed(String form, Consumer<ObjectNode> change) throws Exception {
        var payload = (ObjectNode) JSON.readTree(URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));
        change.accept(payload);
        return SlackRequests.form(payload);
    }

    private static String home(Consumer<ObjectNode> change) throws Exception {
        var event = (ObjectNode) JSON.readTree(SlackPayloads.appHomeOpened(GatehouseStack.REP, "Ev0EDGE"));
        change.accept(event);
        return event.toString();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
