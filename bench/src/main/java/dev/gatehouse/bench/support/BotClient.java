package dev.gatehouse.bench.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.signals.RequestSignature;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Talks to a running bot over loopback HTTP the way its callers do: Slack requests signed with
 * the signing secret, signals signed with the signals secret, and plain GETs.
 */
public final class BotClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final SlackSignature.Generator slack;
    private final RequestSignature signals;

    public BotClient(int port, String signingSecret, String signalsSecret) {
        this.base = "http://127.0.0.1:" + port;
        this.slack = new SlackSignature.Generator(signingSecret);
        this.signals = new RequestSignature(signalsSecret);
    }

    /** A signed request to {@code /slack/events}: Events API callbacks are JSON, the rest form-encoded. */
    public HttpResponse<String> slack(String body) throws IOException, InterruptedException {
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
        return send(HttpRequest.newBuilder(URI.create(base + "/slack/events")).header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", slack.generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A signed {@code POST /api/signals}. */
    public HttpResponse<String> signals(String json) throws IOException, InterruptedException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        return send(HttpRequest.newBuilder(URI.create(base + "/api/signals")).header("Content-Type", "application/json")
                .header("X-Gatehouse-Timestamp", Long.toString(timestamp))
                .header("X-Gatehouse-Signature", signals.sign(timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** A GET, with the metrics bearer token (which only {@code /metrics} reads). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + BotSettings.METRICS_TOKEN).GET());
    }

    /** The status of {@code GET /health}, or -1 while nothing listens. */
    public int health() throws InterruptedException {
        try {
            return get("/health").statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A click on a button of a message, as Slack's {@code block_actions} payload. */
    public static String click(String user, String channel, String messageTs, String actionId, String value) {
        var payload = interaction("block_actions", user);
        payload.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channel);
        payload.putObject("channel").put("id", channel);
        payload.putObject("message").put("ts", messageTs).put("type", "message");
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "gh_actions")
                .put("type", "button").put("value", value).put("action_ts", messageTs);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** The Events API callback Slack sends when a user opens the app's Home tab. */
    public static String homeOpened(String user, String eventId) {
        var callback = Json.mapper().createObjectNode().put("type", "event_callback").put("team_id", "T0LOOP")
                .put("api_app_id", "A0GATEHOUSE").put("event_id", eventId).put("event_time", Instant.now().getEpochSecond());
        callback.putObject("event").put("type", "app_home_opened").put("user", user).put("channel", "D0HOME")
                .put("tab", "home").put("event_ts", "1700000000.000001");
        return callback.toString();
    }

    /** A slash command, form-encoded as Slack posts it. */
    public static String command(String user, String command, String text) {
        var form = new StringBuilder();
        String[][] fields = {{"team_id", "T0LOOP"}, {"channel_id", "C0LOOP"}, {"user_id", user}, {"command", command},
                {"text", text}, {"api_app_id", "A0GATEHOUSE"}, {"trigger_id", "1.2.trigger"}};
        for (var field : fields) {
            if (!form.isEmpty()) form.append('&');
            form.append(field[0]).append('=').append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static ObjectNode interaction(String type, String user) {
        var payload = Json.mapper().createObjectNode().put("type", type).put("api_app_id", "A0GATEHOUSE")
                .put("trigger_id", "1.2.trigger");
        payload.putObject("team").put("id", "T0LOOP").put("domain", "loopback");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase(java.util.Locale.ROOT)).put("team_id", "T0LOOP");
        return payload;
    }
}
