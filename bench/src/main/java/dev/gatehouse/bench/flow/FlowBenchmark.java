package dev.gatehouse.bench.flow;

import dev.gatehouse.bench.report.Percentiles;
import dev.gatehouse.bench.report.Row;
import dev.gatehouse.bench.report.Section;
import dev.gatehouse.bench.report.Verdict;
import dev.gatehouse.bench.support.BenchDatabase;
import dev.gatehouse.bench.support.BotClient;
import dev.gatehouse.bench.support.BotSettings;
import dev.gatehouse.bench.support.RecordingSlack;
import dev.gatehouse.bench.support.TempDir;
import dev.gatehouse.bot.Main;
import dev.gatehouse.engine.config.Json;
import dev.gatehouse.engine.signals.RequestSignature;
import io.javalin.Javalin;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The human gate end to end, against the whole bot ({@link Main#start}) with its default job
 * settings, a real SMTP server in process and Slack on loopback: a signed signal in until its
 * review message is posted, then a signed Approve click until the SMTP server accepts the email
 * and until the review message is updated to say it was sent. One sample at a time, each on an
 * account of its own. Baselines: a bare signed HTTP round trip, and the same email sent again
 * with plain Jakarta Mail.
 */
public final class FlowBenchmark {
    public static final double TARGET_P95_MILLIS = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String CHANNEL = "C0APPROVALS";

    private final BenchDatabase database;
    private final int warmUp;
    private final int samples;
    private final Map<String, String> settings;

    /** {@code settings} are added to the bot's environment (none: the bot as shipped). */
    public FlowBenchmark(BenchDatabase database, int warmUp, int samples, Map<String, String> settings) {
        if (samples < 1 || warmUp < 0) throw new IllegalArgumentException("at least one sample");
        this.database = database;
        this.warmUp = warmUp;
        this.samples = samples;
        this.settings = Map.copyOf(settings);
    }

    /** Each in milliseconds over the measured samples, after {@code warmUp} samples not counted. */
    public record Result(int warmUp, int samples, Map<String, String> settings, Percentiles signalAccepted, Percentiles signalToReview, Percentiles bareHttp,
                         Percentiles approveToSmtp, Percentiles approveToUpdated, Percentiles bareSmtp) {
    }

    private record Sample(long accepted, long review, long smtp, long updated) {
    }

    public Result run(PrintStream out) throws Exception {
        try (var slack = new RecordingSlack(); var mail = new TimedMailServer(); var home = new TempDir("gatehouse-bench-flow");
             var running = Main.start(env(slack, mail, home), Clock.systemUTC())) {
            FlowWorkspace.seed(running.engine(), warmUp + samples);
            var bot = new BotClient(running.port(), BotSettings.SIGNING_SECRET, BotSettings.SIGNALS_SECRET);
            var measured = new Sample[samples];
            for (int i = 0; i < warmUp + samples; i++) {
                var sample = sample(i, bot, slack, mail);
                if (i >= warmUp) measured[i - warmUp] = sample;
            }
            int baselines = Math.max(50, samples);
            var email = mail.last();
            var smtp = new long[baselines];
            for (int i = -warmUp; i < baselines; i++) {
                long took = mail.bareSend(email);
                if (i >= 0) smtp[i] = took;
            }
            var result = new Result(warmUp, samples, settings, of(measured, Sample::accepted), of(measured, Sample::review),
                    bareRoundTrips(warmUp, baselines), of(measured, Sample::smtp), of(measured, Sample::updated),
                    Percentiles.ofNanos(smtp));
            print(out, result);
            return result;
        }
    }

    private static Sample sample(int i, BotClient bot, RecordingSlack slack, TimedMailServer mail) throws Exception {
        long t0 = System.nanoTime();
        var accepted = bot.signals(FlowWorkspace.signal(i));
        long ack = System.nanoTime() - t0;
        if (accepted.statusCode() != 202) throw new IllegalStateException("signal answered " + accepted.statusCode());
        var mine = FlowWorkspace.contact(i);
        var review = slack.await("chat.postMessage", c -> c.arrivedNanos() > t0 && c.param("blocks").contains("gh_approve")
                && c.param("blocks").contains(mine), TIMEOUT);
        long t1 = System.nanoTime();
        var click = bot.slack(BotClient.click(BotSettings.REP, CHANNEL, review.ts(), "gh_approve", approveValue(review)));
        if (click.statusCode() != 200) throw new IllegalStateException("approve answered " + click.statusCode());
        long smtp = mail.awaitAccepted(mine, TIMEOUT);
        var updated = awaitSentUpdate(slack, mail, mine, t1);
        if (mail.acceptedFor(mine) != 1) throw new IllegalStateException(mine + " got " + mail.acceptedFor(mine) + " emails");
        return new Sample(ack, review.arrivedNanos() - t0, smtp - t1, updated.arrivedNanos() - t1);
    }

    /** Signed signals to Javalin answering 202 once the HMAC checks out, and nothing else. */
    private static Percentiles bareRoundTrips(int warmUp, int count) throws Exception {
        var signature = new RequestSignature(BotSettings.SIGNALS_SECRET);
        var bare = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/api/signals", ctx -> ctx.status(signature.verify(ctx.header("X-Gatehouse-Timestamp"),
                    ctx.header("X-Gatehouse-Signature"), ctx.bodyAsBytes(), Instant.now()) ? 202 : 401));
        }).start(0);
        try {
            var client = new BotClient(bare.port(), BotSettings.SIGNING_SECRET, BotSettings.SIGNALS_SECRET);
            var nanos = new long[count];
            for (int i = -warmUp; i < count; i++) {
                long t0 = System.nanoTime();
                int status = client.signals(FlowWorkspace.signal(i + warmUp)).statusCode();
                if (status != 202) throw new IllegalStateException("the bare endpoint answered " + status);
                if (i >= 0) nanos[i] = System.nanoTime() - t0;
            }
            return Percentiles.ofNanos(nanos);
        } finally {
            bare.stop();
        }
    }

    /** The update that says the email to {@code contact} was sent; what Slack saw for it when there is none. */
    private static RecordingSlack.Call awaitSentUpdate(RecordingSlack slack, TimedMailServer mail, String contact, long after)
            throws InterruptedException {
        try {
            return slack.await("chat.update", c -> c.arrivedNanos() > after && c.param("blocks").contains(contact)
                    && c.param("blocks").contains("📤 Sent"), TIMEOUT);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; posts and updates for " + contact + ": "
                    + slack.calls().stream().filter(c -> c.param("blocks").contains(contact))
                    .map(c -> c.method() + " " + c.param("ts") + " " + c.param("text")
                            + (c.param("blocks").contains("📤") ? " [📤]" : "")).toList()
                    + "; emails to it: " + mail.acceptedFor(contact), e);
        }
    }

    private static String approveValue(RecordingSlack.Call review) throws Exception {
        for (var block : Json.mapper().readTree(review.param("blocks"))) {
            for (var element : block.path("elements")) {
                if (element.path("action_id").asText().equals("gh_approve")) return element.path("value").asText();
            }
        }
        throw new IllegalStateException("the review message has no Approve button");
    }

    private static Percentiles of(Sample[] samples, java.util.function.ToLongFunction<Sample> part) {
        return Percentiles.ofNanos(java.util.Arrays.stream(samples).mapToLong(part).toArray());
    }

    /** The bot as shipped (default job polling) with SMTP on loopback and a send window that is always open. */
    private Map<String, String> env(RecordingSlack slack, TimedMailServer mail, TempDir home) {
        var env = new HashMap<>(BotSettings.env(slack.url(), database.fresh("flow"), home.path(), 0));
        env.putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(mail.port()), "SMTP_STARTTLS", "false",
                "MAIL_FROM", "Ari Lund <ari@ledgerline.example>", "GATEHOUSE_PUBLIC_URL", "https://gatehouse.ledgerline.example",
                "GATEHOUSE_UNSUBSCRIBE_SECRET", "bench-unsubscribe-secret-0123456789abcdef",
                "GATEHOUSE_POSTAL_ADDRESS", "Ledgerline GmbH, Hafenstrasse 1, 20457 Hamburg, Germany",
                "GATEHOUSE_APPROVALS_CHANNEL", CHANNEL, "MAILBOX_DAILY_CAP", "10000"));
        env.putAll(Map.of("SEND_DAYS", "MON-SUN", "SEND_WINDOW_START", "00:00", "SEND_WINDOW_END", "23:59",
                "SEND_MIN_SPACING_SECONDS", "0", "SEND_JITTER_SECONDS", "0"));
        env.putAll(settings);
        return env;
    }

    private static void print(PrintStream out, Result r) {
        out.printf("samples: %d, one at a time, after %d warm-up samples; settings beyond the defaults: %s%n", r.samples(),
                r.warmUp(), r.settings());
        out.printf("signal -> review message posted: %s (POST /api/signals answered 202 after %s)%n",
                r.signalToReview().p50p95(), r.signalAccepted().p50p95());
        out.printf("  baseline bare signed HTTP round trip: %s%n", r.bareHttp().p50p95());
        out.printf("approve -> SMTP accepted: %s (target p95 <= %.0f ms)%n", r.approveToSmtp().p50p95(), TARGET_P95_MILLIS);
        out.printf("approve -> review message updated as sent: %s%n", r.approveToUpdated().p50p95());
        out.printf("  baseline the same email sent with plain Jakarta Mail: %s%n", r.bareSmtp().p50p95());
    }

    public static Section section(Result r) {
        var bareSmtp = "the same email sent again with plain Jakarta Mail, new connection: " + r.bareSmtp().p50p95();
        return new Section("The human gate, end to end", List.of(
                new Row("Approve click → SMTP server accepted the email", r.approveToSmtp().p50p95(), bareSmtp,
                        "p95 ≤ 500 ms", Verdict.of(r.approveToSmtp().p95() <= TARGET_P95_MILLIS)),
                Row.info("Approve click → review message updated to say it was sent", r.approveToUpdated().p50p95(), bareSmtp),
                Row.info("signed signal in → review message posted to Slack", r.signalToReview().p50p95(),
                        "bare signed HTTP round trip (Javalin + HMAC check): " + r.bareHttp().p50p95()),
                Row.info("signed signal in → `202 Accepted`", r.signalAccepted().p50p95(),
                        "bare signed HTTP round trip: " + r.bareHttp().p50p95())),
                List.of(r.samples() + " samples, one at a time, each on an account of its own, after " + r.warmUp()
                        + " warm-up samples; the whole bot in process (`Main.start`) with "
                        + (r.settings().isEmpty() ? "its default job settings (`GATEHOUSE_JOB_POLL_MS` 2000)" : "" + r.settings())
                        + ", the offline writer, GreenMail for SMTP and a loopback Slack Web API; the send window is open all "
                        + "day and sends are not spaced."));
    }
}
