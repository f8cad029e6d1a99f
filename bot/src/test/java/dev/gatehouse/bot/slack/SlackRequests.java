package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests as Slack sends them: its payload shapes, form-encoded, signed with the signing secret. */
public final class SlackRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicLong CLICKS = new java.util.concurrent.atomic.AtomicLong();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String eventsUrl;
    private final String signingSecret;

    public SlackRequests(String eventsUrl, String signingSecret) {
        this.eventsUrl = eventsUrl;
        this.signingSecret = signingSecret;
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A button click on a message, shaped like Slack's block_actions payload. */
    public static String blockAction(String userId, String channel, String messageTs, String actionId, String value) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("type", "block_actions");
        payload.put("team", Map.of("id", "T0FAKE", "domain", "fake"));
        payload.put("user", Map.of("id", userId, "username", userId.toLowerCase(), "name", userId.toLowerCase(), "team_id", "T0FAKE"));
        payload.put("api_app_id", "A0GATEHOUSE");
        payload.put("token", "legacy-verification-token");
        payload.put("container", Map.of("type", "message", "message_ts", messageTs, "channel_id", channel, "is_ephemeral", false));
        payload.put("trigger_id", "1234567890.123456.abcdef");
        payload.put("channel", Map.of("id", channel, "name", "directmessage"));
        payload.put("message", Map.of("type", "message", "ts", messageTs, "text", "review"));
        payload.put("response_url", "https://hooks.slack.test/actions/T0FAKE/1/abc");
        payload.put("actions", List.of(Map.of("action_id", actionId, "block_id", "gh_actions", "value", value,
                "type", "button", "action_ts", actionTs())));
        return form(payload);
    }

    /** A click on a URL button in the home tab: block_actions from a view container, with no value. */
    public static String homeUrlButtonClick(String userId, String actionId, String url) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("type", "block_actions");
        payload.put("team", Map.of("id", "T0FAKE", "domain", "fake"));
        payload.put("user", Map.of("id", userId, "username", userId.toLowerCase(), "name", userId.toLowerCase(), "team_id", "T0FAKE"));
        payload.put("api_app_id", "A0GATEHOUSE");
        payload.put("token", "legacy-verification-token");
        payload.put("container", Map.of("type", "view", "view_id", "V0HOME"));
        payload.put("trigger_id", "1234567890.123456.abcdef");
        payload.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", "T0FAKE"));
        payload.put("actions", List.of(Map.of("action_id", actionId, "block_id", "gh_home_pending", "url", url,
                "type", "button", "action_ts", actionTs())));
        return form(payload);
    }

    /**
     * Each click's own time, as Slack stamps it: two clicks, even on the same button in the same
     * second, are never the same signed request (the bot refuses a request it already received).
     */
    private static String actionTs() {
        return String.format("%d.%06d", Instant.now().getEpochSecond(), CLICKS.incrementAndGet() % 1_000_000);
    }

    public static String form(Object payload) {
        try {
            return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String body) throws Exception {
        return post(body, Instant.now().getEpochSecond(), signingSecret);
    }

    public HttpResponse<String> post(String body, long timestamp, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(eventsUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
