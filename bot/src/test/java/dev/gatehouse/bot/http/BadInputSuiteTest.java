package dev.gatehouse.bot.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated bad-input suite: hundreds of mutated, correctly signed requests (see
 * {@link Mutations}) against every endpoint of the running bot. For each: never a 5xx; a 4xx names
 * the bad field in JSON and changes no row; nothing logs an error with a stack trace, during the
 * request or in the work after its ack; and the endpoint still serves a good request afterwards.
 */
class BadInputSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INBOUND_SECRET = "inbound-secret-for-tests-only-0123456789";
    private static final int PER_BASE = 30;
    private static final String CHANNEL = "C0SALES";
    private static final String TS = "1700000000.000100";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static GatehouseStack stack;
    private static SignedHttp http;
    private static SignedHttp.Endpoint signals;
    private static SignedHttp.Endpoint inbound;
    private static SignedHttp.Endpoint slackForm;
    private static SignedHttp.Endpoint slackJson;
    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Random random = new Random(14);
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @BeforeAll
    static void start() throws Exception {
        // jobs stay still (no scoring or drafting in the background): only the requests change rows
        // and an inbox row whose work failed is not retried while the suite runs
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_INBOUND_SECRET", INBOUND_SECRET,
                "GATEHOUSE_JOB_POLL_MS", "600000", "GATEHOUSE_SWEEP_SECONDS", "3600", "GATEHOUSE_INBOX_LEASE_SECONDS", "600"));
        stack.seedWorkspace();
        http = new SignedHttp(stack.url(""), Clock.systemUTC());
        signals = new SignedHttp.Endpoint("signals", "/api/signals", SignedHttp.Scheme.GATEHOUSE,
                GatehouseStack.SIGNALS_SECRET, "application/json");
        inbound = new SignedHttp.Endpoint("inbound email", "/api/inbound-email", SignedHttp.Scheme.GATEHOUSE,
                INBOUND_SECRET, "application/json");
        slackForm = new SignedHttp.Endpoint("slack form", "/slack/events", SignedHttp.Scheme.SLACK,
                GatehouseStack.SIGNING_SECRET, "application/x-www-form-urlencoded");
        slackJson = new SignedHttp.Endpoint("slack event", "/slack/events", SignedHttp.Scheme.SLACK,
                GatehouseStack.SIGNING_SECRET, "application/json");
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    static void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        stack.close();
    }

    @Test
    void the_signals_api_refuses_every_bad_signal_with_a_named_field_and_stores_nothing() throws Exception {
        var signal = signal("nw-good");
        var mutants = new ArrayList<Mutations.Mutant>();
        mutants.addAll(Mutations.ofJson(signal, Mutations::json, PER_BASE * 2, random));
        mutants.addAll(Mutations.ofJson(JSON.createObjectNode().set("signals", JSON.createArrayNode().add(signal)),
                Mutations::json, PER_BASE, random));
        mutants.addAll(Mutations.wholeBodies());

        run(signals, mutants);

        assertThat(http.post(signals, Mutations.json(signal("nw-after"))).statusCode()).isEqualTo(202);
    }

    @Test
    void the_inbound_email_api_refuses_every_bad_email_with_a_named_field_and_stores_nothing() throws Exception {
        var email = email("<good-1@northwind.example>");
        var mutants = new ArrayList<Mutations.Mutant>();
        mutants.addAll(Mutations.ofJson(email, Mutations::json, PER_BASE * 3, random));
        mutants.addAll(Mutations.wholeBodies());

        run(inbound, mutants);

        assertThat(http.post(inbound, Mutations.json(email("<good-2@northwind.example>"))).statusCode()).isEqualTo(202);
    }

    @Test
    void button_clicks_of_every_kind_never_fail() throws Exception {
        var mutants = new ArrayList<Mutations.Mutant>();
        for (var click : List.of(click("gh_approve", ActionValue.touch(999, TouchStatus.PENDING_REVIEW)),
                click("gh_edit", ActionValue.touch(999, TouchStatus.PENDING_REVIEW)),
                click("gh_reply_dismiss", ActionValue.reply(999)), click("gh_meeting_held", ActionValue.meeting(999)))) {
            mutants.addAll(Mutations.ofJson(click, Mutations::slackForm, PER_BASE, random));
        }
        mutants.addAll(Mutations.wholeBodies());

        run(slackForm, mutants);

        assertGoodSlackRequestServed();
    }

    @Test
    void modal_submissions_of_every_kind_never_fail() throws Exception {
        var review = ModalMetadata.of(ActionValue.touch(999, TouchStatus.PENDING_REVIEW), CHANNEL, TS).encode();
        var reply = ModalMetadata.of(ActionValue.reply(999), CHANNEL, TS).encode();
        var mutants = new ArrayList<Mutations.Mutant>();
        for (var submission : List.of(
                submission("gh_edit_submit", review, Map.of(InputId.SUBJECT.blockId(), text(InputId.SUBJECT.actionId(), "Hello"),
                        InputId.BODY.blockId(0), text(InputId.BODY.actionId(), "Hi Dana, a short note."))),
                submission("gh_reject_submit", review, Map.of(InputId.REJECT_REASON.blockId(), Map.of(
                        InputId.REJECT_REASON.actionId(), Map.of("type", "radio_buttons", "selected_option", Map.of("value", "bad_timing"))))),
                submission("gh_reply_edit_submit", reply, Map.of(InputId.BODY.blockId(0), text(InputId.BODY.actionId(), "Thanks!"))),
                submission("gh_offer_submit", "", Map.of(FormInputs.OFFER_PRODUCT.blockId(), text(FormInputs.OFFER_PRODUCT.actionId(), "Ledgerline"),
                        FormInputs.OFFER_VALUE_PROP.blockId(), text(FormInputs.OFFER_VALUE_PROP.actionId(), "Faster close."))),
                submission("gh_icp_submit", ActionValue.icp(1).encode(), Map.of(
                        FormInputs.ICP_INDUSTRIES.blockId(), text(FormInputs.ICP_INDUSTRIES.actionId(), "logistics"),
                        FormInputs.ICP_MIN_EMPLOYEES.blockId(), text(FormInputs.ICP_MIN_EMPLOYEES.actionId(), "50"),
                        FormInputs.ICP_DESCRIPTION.blockId(), text(FormInputs.ICP_DESCRIPTION.actionId(), "Mid-size logistics"))))) {
            mutants.addAll(Mutations.ofJson(submission, Mutations::slackForm, PER_BASE, random));
        }

        run(slackForm, mutants);

        assertGoodSlackRequestServed();
    }

    @Test
    void slash_commands_of_every_kind_never_fail() throws Exception {
        var mutants = new ArrayList<Mutations.Mutant>();
        for (var command : List.of(command("/pause", "for the audit"), command("/signal",
                        "northwind.example funding Raised a Series B https://news.example/nw"), command("/goal", "10 meetings this week"),
                command("/autonomy", "first_email supervised"), command("/pipeline", ""), command("/offer", ""))) {
            mutants.addAll(Mutations.ofForm(command, PER_BASE / 2, random));
        }

        run(slackForm, mutants);

        assertGoodSlackRequestServed();
    }

    @Test
    void events_never_fail() throws Exception {
        var event = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(SlackPayloads.appHomeOpened(GatehouseStack.REP, "Ev0HOME1"));
        var mutants = new ArrayList<Mutations.Mutant>(Mutations.ofJson(event, Mutations::json, PER_BASE * 2, random));
        mutants.addAll(Mutations.wholeBodies());

        run(slackJson, mutants);

        var good = http.post(slackJson, SlackPayloads.appHomeOpened(GatehouseStack.REP, "Ev0HOMEGOOD"));
        assertThat(good.statusCode()).isEqualTo(200);
        stack.slack.await("views.publish", c -> GatehouseStack.REP.equals(c.param("user_id")), Duration.ofSeconds(10));
    }

    @Test
    void unsubscribe_links_with_any_token_never_fail() throws Exception {
        for (var token : List.of("%00", "a%00b", "x".repeat(5000), "%E2%80%AE%F0%9F%92%A5", "..", "%25ZZ", "%C3%28",
                "djE6MTIzOmFiYw", "%2F%2F")) {
            for (var method : List.of("GET", "POST")) {
                // a new connection each time: the server may close one after refusing a malformed URI,
                // and a pooled client could otherwise send the next request down the closed socket
                HttpResponse<String> response;
                try (var client = HttpClient.newHttpClient()) {
                    response = client.send(HttpRequest.newBuilder(URI.create(stack.url("/u/" + token)))
                        .method(method, HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                        HttpResponse.BodyHandlers.ofString());
                }
                sent++;
                if (response.statusCode() >= 500) failures.add(method + " /u/" + abbreviate(token) + " → " + response.statusCode());
            }
        }
        assertThat(failures).as("of %d requests", sent).isEmpty();
        assertNoStackTraces();
    }

    /** Sends every mutant signed, checking each answer and, for a refusal, that no row changed. */
    private void run(SignedHttp.Endpoint endpoint, List<Mutations.Mutant> mutants) throws Exception {
        assertThat(mutants).hasSizeGreaterThan(20);
        DbFingerprint.await(BadInputSuiteTest::idle, Duration.ofSeconds(20));
        var before = DbFingerprint.take();
        for (var mutant : mutants) {
            var response = http.post(endpoint, mutant.body());
            sent++;
            var status = response.statusCode();
            if (status >= 500) failures.add(mutant + " → " + status + " " + abbreviate(response.body()));
            if (status >= 400 && status < 500 && !namesAField(response.body())) {
                failures.add(mutant + " → " + status + " without a field: " + abbreviate(response.body()));
            }
            if (status < 400) DbFingerprint.await(BadInputSuiteTest::idle, Duration.ofSeconds(20));
            var after = DbFingerprint.take();
            if (status >= 400 && status < 500 && !after.equals(before)) {
                failures.add(mutant + " → " + status + " but rows changed in " + changed(before, after));
            }
            before = after;
        }
        if (DbFingerprint.count("select count(*) from inbox where last_error is not null") > 0) {
            failures.add("the work after an ack failed: " + DbFingerprint.count("select count(*) from inbox where last_error is not null")
                    + " inbox rows have an error");
        }
        assertThat(failures).as("of %d requests to %s", mutants.size(), endpoint).isEmpty();
        assertNoStackTraces();
    }

    private void assertNoStackTraces() {
        List<String> errors;
        synchronized (logs) {
            errors = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + abbreviate(e.getFormattedMessage())
                            + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getClassName() + ": "
                            + abbreviate(String.valueOf(e.getThrowableProxy().getMessage()))))
                    .distinct().toList();
        }
        assertThat(errors).as("errors logged").isEmpty();
    }

    private void assertGoodSlackRequestServed() throws Exception {
        var answer = http.post(slackForm, Mutations.form(command("/autonomy", "follow_up supervised"), null));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("is now");
    }

    private static boolean idle() {
        return DbFingerprint.idle(stack.running.after());
    }

    private static boolean namesAField(String body) {
        try {
            var field = JSON.readTree(body).path("field");
            return field.isTextual() && !field.asText().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList().toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    private static JsonNode signal(String externalId) {
        return JSON.createObjectNode().put("account_domain", "northwind.example").put("account_name", "Northwind Freight")
                .put("kind", "funding").put("summary", "Northwind Freight raised a $20M Series B")
                .put("source_url", "https://news.example.com/northwind").put("observed_at", Instant.now().minusSeconds(60).toString())
                .put("contact_email", "dana@northwind.example").put("source", "newsfeed").put("external_id", externalId);
    }

    private static JsonNode email(String messageId) {
        var email = JSON.createObjectNode().put("from", "Dana Keller <dana@northwind.example>")
                .put("subject", "Re: month-end close").put("text", "Sounds interesting, tell me more.")
                .put("message_id", messageId).put("in_reply_to", "<touch-1.abc@ledgerline.example>");
        email.putArray("to").add("ari@ledgerline.example");
        email.putArray("references").add("<touch-1.abc@ledgerline.example>");
        email.putObject("headers").put("Auto-Submitted", "no").put("Message-ID", messageId);
        return email;
    }

    private static JsonNode click(String actionId, ActionValue value) throws Exception {
        var body = SlackRequests.blockAction(GatehouseStack.REP, CHANNEL, TS, actionId, value.encode());
        var payload = java.net.URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8);
        return JSON.readTree(payload);
    }

    private static JsonNode submission(String callbackId, String metadata, Map<String, Map<String, Object>> values) throws Exception {
        var form = SlackPayloads.viewSubmission(GatehouseStack.MANAGER, callbackId, metadata, (JsonNode) JSON.valueToTree(values));
        return JSON.readTree(java.net.URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> text(String actionId, String value) {
        return Map.of(actionId, Map.of("type", "plain_text_input", "value", value));
    }

    private static Map<String, String> command(String command, String text) {
        var fields = new LinkedHashMap<String, String>();
        for (var pair : SlackPayloads.command(GatehouseStack.MANAGER, command, text).split("&")) {
            var kv = pair.split("=", 2);
            fields.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
