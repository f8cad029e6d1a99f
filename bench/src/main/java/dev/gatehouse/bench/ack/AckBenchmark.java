package dev.gatehouse.bench.ack;

import com.slack.api.app_backend.SlackSignature;
import dev.gatehouse.bench.support.BotSettings;
import dev.gatehouse.bench.support.RecordingSlack;
import dev.gatehouse.bench.support.TempDir;
import dev.gatehouse.bot.Main;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.gate.TouchStatus;

import io.javalin.Javalin;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How fast the bot acknowledges Slack: signed approve clicks (on touches that do not exist, so
 * each is acked, then looked up and answered with an ephemeral message after the ack) fired at
 * the whole running bot over loopback, against a bare Javalin endpoint that only verifies the
 * signature, in the same run. The target measure is bursts of 200 concurrent clicks (p99 ≤ 50 ms
 * and ≤ 1.5 × the bare endpoint's); a closed loop that saturates both is printed beside it.
 */
public final class AckBenchmark {
    static final int CONCURRENCY = 200;
    private static final String SECRET = BotSettings.SIGNING_SECRET;
    private static final String REP = BotSettings.REP;

    private final int requests;

    public AckBenchmark(int requests) {
        if (requests < CONCURRENCY) throw new IllegalArgumentException("at least " + CONCURRENCY + " requests");
        this.requests = requests;
    }

    public record Latencies(double p50Millis, double p99Millis, double maxMillis, int failures) {
        static Latencies of(KeepAliveLoad.Result result) {
            var nanos = result.nanos().clone();
            Arrays.sort(nanos);
            int n = nanos.length;
            return new Latencies(nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, nanos[n - 1] / 1e6,
                    result.failures());
        }

        String line() {
            return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50Millis, p99Millis, maxMillis);
        }
    }

    public void run(PrintStream out) {
        try (var home = new TempDir("gatehouse-ack-bench"); var slack = RecordingSlack.countingOnly();
             var running = Main.start(BotSettings.env(slack.url(), home.path(), 0), Clock.systemUTC()); var bare = new BareEndpoint()) {
            var bot = new Target(running.server().port(), slack);
            var floor = new Target(bare.port(), null);
            // warm up both the way they are measured: the bot has far more code for the JIT to
            // compile, and compiling it mid-measurement would take the CPU from its acks
            int warm = Math.min(requests, 10_000);
            interleavedBursts(bot, floor, warm);
            bot.closedLoop(warm / 2);
            floor.closedLoop(warm / 2);
            bot.drain();
            var bursts = interleavedBursts(bot, floor, requests);
            var botBursts = bursts.get(0);
            var floorBursts = bursts.get(1);
            var botLoop = bot.closedLoop(requests);
            bot.drain();
            var floorLoop = floor.closedLoop(requests);
            out.printf("requests: %,d signed block_actions per measurement, loopback, load generator in the same process%n", requests);
            out.printf("bursts of %d concurrent clicks, bot and bare taking turns burst by burst (each burst released at once;"
                    + " the next after the bot's work behind the acks is done):%n", CONCURRENCY);
            out.printf("  baseline bare Javalin + signature check: %s%n", floorBursts.line());
            out.printf("  bot ack (Javalin -> signature -> ack; Bolt, ReviewActions, the database and Slack after the ack): %s (target p99 <= 50), non-200: %d%n",
                    botBursts.line(), botBursts.failures());
            out.printf("  ratio to baseline: p50 %.2f x, p99 %.2f x (target <= 1.5)%n",
                    botBursts.p50Millis() / floorBursts.p50Millis(), botBursts.p99Millis() / floorBursts.p99Millis());
            out.printf("saturation, for information: %d connections each sending its next click as soon as the last is acked%n", CONCURRENCY);
            out.printf("  baseline bare Javalin + signature check: %s%n", floorLoop.line());
            out.printf("  bot ack: %s, non-200: %d (every click also costs a database transaction and a Web API call, which compete for the same 2 cores)%n",
                    botLoop.line(), botLoop.failures());
            out.printf("  ratio to baseline: p50 %.2f x, p99 %.2f x%n",
                    botLoop.p50Millis() / floorLoop.p50Millis(), botLoop.p99Millis() / floorLoop.p99Millis());
            out.printf("Slack Web API calls made by the bot during the run: %s%n", slack.counts());
        } catch (Exception e) {
            throw new IllegalStateException("ack benchmark failed: " + e.getMessage(), e);
        }
    }

    /**
     * Bursts of {@value #CONCURRENCY} clicks to the bot and to the bare endpoint in turn, so both
     * meet the same background (the JIT, the collector, the database's own work) over the same
     * minutes; returns the bot's latencies, then the bare endpoint's.
     */
    private static List<Latencies> interleavedBursts(Target bot, Target floor, int count) throws InterruptedException {
        var botNanos = new long[count];
        var floorNanos = new long[count];
        var botClicks = bot.clicks(count);
        var floorClicks = floor.clicks(count);
        try (var toBot = new KeepAliveLoad.Burster(bot.port, CONCURRENCY);
             var toFloor = new KeepAliveLoad.Burster(floor.port, CONCURRENCY)) {
            for (int start = 0; start < count; start += CONCURRENCY) {
                int size = Math.min(CONCURRENCY, count - start);
                toBot.fire(batch(botClicks, start, size), botNanos, start);
                bot.sent += size;
                bot.drain();
                toFloor.fire(batch(floorClicks, start, size), floorNanos, start);
                floor.drain();
            }
            return List.of(Latencies.of(new KeepAliveLoad.Result(botNanos, toBot.failures())),
                    Latencies.of(new KeepAliveLoad.Result(floorNanos, toFloor.failures())));
        }
    }

    private static List<KeepAliveLoad.Wire> batch(IntFunction<KeepAliveLoad.Wire> clicks, int from, int size) {
        var out = new ArrayList<KeepAliveLoad.Wire>(size);
        for (int i = from; i < from + size; i++) out.add(clicks.apply(i));
        return out;
    }

    /** Where clicks go: the bot (whose work after each ack ends in one ephemeral answer) or the bare endpoint. */
    private static final class Target {
        private final int port;
        private final RecordingSlack slack;
        private long sent;
        private long next = 1_000_000_000L;

        Target(int port, RecordingSlack slack) {
            this.port = port;
            this.slack = slack;
        }

        Latencies closedLoop(int count) throws InterruptedException {
            var result = KeepAliveLoad.closedLoop(port, count, clicks(count), CONCURRENCY);
            sent += count;
            return Latencies.of(result);
        }

        /**
         * Fresh signed approve clicks on touches that do not exist (each is acked, then looked up
         * in the database after the ack, found missing and answered with an ephemeral message),
         * built one by one as the load generator asks, so thousands of them never sit in memory.
         */
        private IntFunction<KeepAliveLoad.Wire> clicks(int count) {
            var timestamp = Long.toString(Instant.now().getEpochSecond());
            var generator = new SlackSignature.Generator(SECRET);
            long first = next;
            next += count;
            return i -> {
                var body = click(ActionValue.touch(first + i, TouchStatus.PENDING_REVIEW).encode());
                return KeepAliveLoad.Wire.post(port, "/slack/events", List.of(
                        "Content-Type: application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp: " + timestamp,
                        "X-Slack-Signature: " + generator.generate(timestamp, body)), body);
            };
        }

        private long answered() {
            return slack.count("chat.postEphemeral");
        }

        /** Waits until the bot has answered every click so far (one ephemeral each); a pause for the bare endpoint. */
        void drain() {
            var deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
            try {
                if (slack == null) {
                    Thread.sleep(5);
                    return;
                }
                while (answered() < sent) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the bot answered " + answered() + " of " + sent + " clicks within 2 minutes");
                    }
                    Thread.sleep(1);
                }
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
            return "payload=" + URLEncoder.encode(Json.mapper().writeValueAsString(payload), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

        int port() {
            return app.port();
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
