package dev.gatehouse.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import dev.gatehouse.bot.Main;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.gate.TouchStatus;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How fast the bot acknowledges Slack: signed approve clicks (on touches that do not exist, so
 * they are acked, then found missing after the ack) fired at the whole running bot, 200 at a
 * time over loopback, against a bare Javalin endpoint that only verifies the signature, in the
 * same run. Targets: p99 ≤ 50 ms and p99 ≤ 1.5 × the bare endpoint's.
 */
public final class AckBenchmark {
    static final int CONCURRENCY = 200;
    private static final String SECRET = "ack-benchmark-signing-secret-0123456789";
    private static final String REP = "U0BENCHREP";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int requests;

    public AckBenchmark(int requests) {
        if (requests < CONCURRENCY) throw new IllegalArgumentException("at least " + CONCURRENCY + " requests");
        this.requests = requests;
    }

    public record Latencies(double p50Millis, double p99Millis, int failures) {
    }

    public void run(PrintStream out) {
        var dir = tempDir();
        try (var slack = new LoopbackSlack(); var running = Main.start(env(dir, slack), Clock.systemUTC());
             var bare = new BareEndpoint()) {
            var botUrl = "http://127.0.0.1:" + running.server().port() + "/slack/events";
            int warm = Math.min(requests, 2_000);
            measure(botUrl, warm, true);
            measure(bare.url(), warm, true);
            awaitAfterWork(slack, warm);
            var bot = measure(botUrl, requests, true);
            awaitAfterWork(slack, warm + requests);
            var baseline = measure(bare.url(), requests, true);
            var ackOnly = measure(botUrl, requests, false);
            running.after().shutdown();
            running.after().awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            out.printf("requests: %,d signed block_actions, %d concurrent, loopback%n", requests, CONCURRENCY);
            out.printf("baseline bare Javalin + signature check: p50 %.1f ms, p99 %.1f ms%n", baseline.p50Millis(), baseline.p99Millis());
            out.printf("bot ack (Javalin -> Bolt -> ReviewActions): p50 %.1f ms, p99 %.1f ms (target <= 50), non-200: %d%n",
                    bot.p50Millis(), bot.p99Millis(), bot.failures());
            out.printf("bot ack of clicks with an unreadable value (ignored, no work after the ack): p50 %.1f ms, p99 %.1f ms%n",
                    ackOnly.p50Millis(), ackOnly.p99Millis());
            out.printf("Slack Web API calls made by the bot during the run: %s%n", slack.calls());
            out.printf("ratio to baseline: p50 %.2f x, p99 %.2f x (target <= 1.5)%n",
                    bot.p50Millis() / baseline.p50Millis(), bot.p99Millis() / baseline.p99Millis());
        } catch (Exception e) {
            throw new IllegalStateException("ack benchmark failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Fires {@code count} fresh signed clicks, {@value #CONCURRENCY} in flight at a time; with
     * {@code readable} false their values do not decode, so the bot acks and does nothing after.
     */
    Latencies measure(String url, int count, boolean readable) throws InterruptedException {
        var bodies = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(click(readable ? ActionValue.touch(1_000_000_000L + i, TouchStatus.PENDING_REVIEW).encode() : "garbled-" + i));
        }
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var generator = new SlackSignature.Generator(SECRET);
        int port = URI.create(url).getPort();
        var path = URI.create(url).getPath();
        var wires = bodies.stream().map(b -> KeepAliveLoad.Wire.post(port, path, List.of(
                "Content-Type: application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp: " + timestamp,
                "X-Slack-Signature: " + generator.generate(timestamp, b)), b)).toList();
        var result = KeepAliveLoad.run(port, wires, CONCURRENCY);
        var nanos = result.nanos();
        Arrays.sort(nanos);
        return new Latencies(nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6, result.failures());
    }

    /** Waits until the bot has answered every readable click (one ephemeral each), so runs do not overlap. */
    private static void awaitAfterWork(LoopbackSlack slack, long clicks) throws InterruptedException {
        var deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (slack.calls().getOrDefault("chat.postEphemeral", 0L) < clicks && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static String click(String value) {
        var payload = Map.of("type", "block_actions", "team", Map.of("id", "T0LOOP", "domain", "loopback"),
                "user", Map.of("id", REP, "username", "rep", "team_id", "T0LOOP"), "api_app_id", "A0GATEHOUSE",
                "trigger_id", "1234567890.123456.abcdef",
                "container", Map.of("type", "message", "message_ts", "1700000000.000100", "channel_id", "C0LOOP"),
                "channel", Map.of("id", "C0LOOP", "name", "approvals"),
                "actions", List.of(Map.of("action_id", "gh_approve", "block_id", "gh_actions", "type", "button",
                        "value", value, "action_ts", "1700000000.000200")));
        try {
            return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> env(Path dir, LoopbackSlack slack) {
        return Map.of("GATEHOUSE_DATA_DIR", dir.toString(), "HOME", dir.toString(), "SLACK_BOT_TOKEN", "xoxb-bench",
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", slack.url(), "PORT", "0",
                "GATEHOUSE_MANAGERS", "U0BENCHMGR", "GATEHOUSE_REPS", REP);
    }

    /** The floor: Javalin answering 200 after checking Slack's signature the way Bolt does, nothing else. */
    private static final class BareEndpoint implements AutoCloseable {
        private final Javalin app;

        BareEndpoint() {
            var verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.post("/slack/events", ctx -> ctx.status(verifier.isValid(
                        ctx.header("X-Slack-Request-Timestamp"), ctx.body(), ctx.header("X-Slack-Signature")) ? 200 : 401));
            }).start(0);
        }

        String url() {
            return "http://127.0.0.1:" + app.port() + "/slack/events";
        }

        @Override
        public void close() {
            app.stop();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("gatehouse-ack-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory; the OS cleans it eventually
        }
    }
}
