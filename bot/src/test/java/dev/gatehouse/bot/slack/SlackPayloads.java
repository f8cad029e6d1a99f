package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Slash commands, Events API callbacks and view submissions shaped and signed as Slack sends them. */
public final class SlackPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String CHANNEL = "C0SALES";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String eventsUrl;
    private final String signingSecret;

    public SlackPayloads(String eventsUrl, String signingSecret) {
        this.eventsUrl = eventsUrl;
        this.signingSecret = signingSecret;
    }

    /** A slash command as Slack posts it: form-encoded fields, no payload wrapper. */
    public static String command(String userId, String command, String text) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("token", "legacy-verification-token");
        fields.put("team_id", "T0FAKE");
        fields.put("team_domain", "fake");
        fields.put("channel_id", CHANNEL);
        fields.put("channel_name", "sales");
        fields.put("user_id", userId);
        fields.put("user_name", userId.toLowerCase());
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", "A0GATEHOUSE");
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", "https://hooks.slack.test/commands/T0FAKE/1/abc");
        fields.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    /** An Events API callback for {@code app_home_opened} on the home tab. */
    public static String appHomeOpened(String userId, String eventId) {
        var event = Map.of("type", "app_home_opened", "user", userId, "channel", "D0HOME", "tab", "home",
                "event_ts", "1700000000.000300");
        var body = new LinkedHashMap<String, Object>();
        body.put("token", "legacy-verification-token");
        body.put("team_id", "T0FAKE");
        body.put("api_app_id", "A0GATEHOUSE");
        body.put("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", 1700000000);
        body.put("authorizations", java.util.List.of(Map.of("team_id", "T0FAKE", "user_id", "U0BOT", "is_bot", true)));
        return write(body);
    }

    /** A modal submitted with {@code values}: block_id → (action_id → value), every input plain text. */
    public static String viewSubmission(String userId, String callbackId, String privateMetadata,
                                        Map<String, Map<String, String>> values) {
        var state = JSON.createObjectNode();
        values.forEach((block, actions) -> {
            ObjectNode b = state.putObject(block);
            actions.forEach((action, value) -> b.putObject(action).put("type", "plain_text_input").put("value", value));
        });
        return viewSubmission(userId, callbackId, privateMetadata, state);
    }

    /**
     * A modal submitted with its state as Slack sends it, for inputs other than plain text (radio
     * buttons, selects): {@code stateValues} is {@code view.state.values}, block_id → action_id → value.
     */
    public static String viewSubmission(String userId, String callbackId, String privateMetadata, JsonNode stateValues) {
        var view = JSON.createObjectNode().put("id", "V0FAKE").put("type", "modal").put("callback_id", callbackId)
                .put("team_id", "T0FAKE").put("hash", "1700000000.abc").put("private_metadata", privateMetadata);
        view.putObject("state").set("values", stateValues);
        var payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0GATEHOUSE")
                .put("token", "legacy-verification-token").put("trigger_id", "1234567890.123456.abcdef");
        payload.putObject("team").put("id", "T0FAKE").put("domain", "fake");
        payload.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("team_id", "T0FAKE");
        payload.set("view", view);
        return SlackRequests.form(payload);
    }

    public HttpResponse<String> postForm(String body) throws Exception {
        return post(body, "application/x-www-form-urlencoded", null);
    }

    /** Posts Events API JSON; a non-null {@code retryNum} marks it as Slack's retry. */
    public HttpResponse<String> postEvent(String json, Integer retryNum) throws Exception {
        return post(json, "application/json", retryNum);
    }

    private HttpResponse<String> post(String body, String contentType, Integer retryNum) throws Exception {
        var timestamp = Instant.now().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(eventsUrl))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackRequests.signature(signingSecret, timestamp, body));
        if (retryNum != null) request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The plain-text values a modal was opened with, ready to submit back: block_id → (action_id → value). */
    public static Map<String, Map<String, String>> initialValues(JsonNode view) {
        var values = new LinkedHashMap<String, Map<String, String>>();
        for (var block : view.path("blocks")) {
            if (!block.path("type").asText().equals("input")) continue;
            var element = block.path("element");
            var inner = new LinkedHashMap<String, String>();
            inner.put(element.path("action_id").asText(), element.path("initial_value").asText(""));
            values.put(block.path("block_id").asText(), inner);
        }
        return values;
    }

    /**
     * A modal submitted with inputs of any type: block_id → (action_id → the state value as Slack
     * sends it, e.g. {@link #textValue}, {@link #radioValue}, {@link #checkboxValues}).
     */
    public static String typedViewSubmission(String userId, String callbackId, String privateMetadata,
                                             Map<String, Map<String, JsonNode>> values) {
        var state = JSON.createObjectNode();
        values.forEach((block, actions) -> {
            ObjectNode b = state.putObject(block);
            actions.forEach(b::set);
        });
        return viewSubmission(userId, callbackId, privateMetadata, state);
    }

    public static JsonNode textValue(String value) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
    }

    public static JsonNode radioValue(String value) {
        var node = JSON.createObjectNode().put("type", "radio_buttons");
        node.putObject("selected_option").put("value", value);
        return node;
    }

    public static JsonNode checkboxValues(String... values) {
        var node = JSON.createObjectNode().put("type", "checkboxes");
        var options = node.putArray("selected_options");
        for (var value : values) options.addObject().put("value", value);
        return node;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
