package dev.gatehouse.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.sending.SendingEnv;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.writing.Offer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole bot as a user runs it ({@link Main#start}), wired to real parts: PostgreSQL, SMTP
 * (GreenMail), a fake Slack Web API on loopback, and HTTP requests signed as Slack signs them.
 */
public final class GatehouseStack implements AutoCloseable {
    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String SIGNALS_SECRET = "signals-secret-for-tests-only-0123456789";
    public static final String METRICS_TOKEN = "metrics-token-for-tests-only-0123456789";
    public static final String REP = "U0REP";
    public static final String MANAGER = "U0MGR";
    public static final String POSTAL_ADDRESS = SendingEnv.POSTAL_ADDRESS;

    public final Stores stores;
    public final FakeSlackApi slack;
    public final Main.Running running;
    public final SlackRequests slackRequests;
    private final HttpClient http = HttpClient.newHttpClient();
    private final GreenMailExtension mail;
    private final Map<String, String> env;
    private final Clock clock;

    public GatehouseStack(GreenMailExtension mail, Map<String, String> overrides) throws Exception {
        this(mail, overrides, fake -> {
        });
    }

    /** With {@code prepare} run on the fake Slack before the bot starts (e.g. a Socket Mode URL). */
    public GatehouseStack(GreenMailExtension mail, Map<String, String> overrides,
                          java.util.function.Consumer<FakeSlackApi> prepare) throws Exception {
        this(mail, overrides, prepare, Clock.systemUTC());
    }

    /** With the bot running on {@code clock} (e.g. one a test moves forward to age reviews). */
    public GatehouseStack(GreenMailExtension mail, Map<String, String> overrides,
                          java.util.function.Consumer<FakeSlackApi> prepare, Clock clock) throws Exception {
        this.mail = mail;
        stores = TestDatabase.freshStores();
        slack = new FakeSlackApi();
        prepare.accept(slack);
        var env = env(mail, slack);
        env.putAll(overrides);
        this.env = Map.copyOf(env);
        this.clock = clock;
        running = Main.start(env, clock);
        slackRequests = new SlackRequests(url("/slack/events"), SIGNING_SECRET);
    }

    /**
     * The environment these tests run the bot with: the shared test database, the fake Slack,
     * GreenMail's SMTP, sending at any hour with no spacing, jobs polled every 100 ms.
     */
    public static Map<String, String> env(com.icegreen.greenmail.base.GreenMailOperations mail, FakeSlackApi slack) {
        var env = new HashMap<>(TestDatabase.env());
        env.putAll(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.url(),
                "PORT", "0",
                "GATEHOUSE_MANAGERS", MANAGER,
                "GATEHOUSE_REPS", REP,
                "GATEHOUSE_SIGNALS_SECRET", SIGNALS_SECRET,
                "GATEHOUSE_JOB_POLL_MS", "100",
                "GATEHOUSE_METRICS_TOKEN", METRICS_TOKEN));
        env.putAll(SendingEnv.smtp(mail, "Ari Lund <ari@ledgerline.example>", "https://gatehouse.ledgerline.example"));
        return env;
    }

    /** A second instance on the same database, fake Slack and mail server (several instances share the work). */
    public Main.Running startAnother() throws Exception {
        return Main.start(env, clock);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + running.server().port() + path;
    }

    /** A manager-set ICP and offer, and one account with a VP Finance the ICP is looking for. */
    public long seedWorkspace() {
        return seedWorkspace(stores);
    }

    /** The same in {@code stores}, for a bot a test starts by itself; returns Northwind's account id. */
    public static long seedWorkspace(Stores stores) {
        stores.playbook().saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance leader", List.of("finance", "controller", "cfo"), List.of())),
                Icp.Exclusions.NONE, null, null, 20, "Mid-size logistics companies with growing finance teams"), MANAGER);
        stores.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"),
                List.of("Harbor Freight Lines"), "Ari Lund", "Account Executive"), MANAGER);
        var accountId = stores.accounts().upsert(new Account(0, "northwind.example", "Northwind Freight", "logistics", 240,
                "EMEA", "DE", List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        stores.accounts().upsert(new Contact(0, accountId, "dana@northwind.example", "Dana", "Keller", "VP Finance", "vp",
                ZoneId.of("Europe/Berlin"), null));
        return accountId;
    }

    public HttpResponse<String> postSignals(String json) throws Exception {
        return postSignals(json, Instant.now().getEpochSecond());
    }

    /** Signed at {@code timestamp}: the same body signed at another second is another request, not a replay. */
    public HttpResponse<String> postSignals(String json, long timestamp) throws Exception {
        return postSignals(url("/api/signals"), json, timestamp);
    }

    /** Posts signals to {@code url} signed with the test's signals secret. */
    public static HttpResponse<String> postSignals(String url, String json) throws Exception {
        return postSignals(url, json, Instant.now().getEpochSecond());
    }

    private static HttpResponse<String> postSignals(String url, String json, long timestamp) throws Exception {
        var body = json.getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Gatehouse-Timestamp", Long.toString(timestamp))
                .header("X-Gatehouse-Signature", new RequestSignature(SIGNALS_SECRET).sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** After {@link #seedWorkspace}: drafts, approves and sends Northwind's first email; returns its Message-ID. */
    public String sentFirstEmail() throws Exception {
        postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                 "source":"newsfeed","external_id":"nw-b"}""");
        var review = awaitReviewMessage(Duration.ofSeconds(30));
        slackRequests.post(dev.gatehouse.bot.slack.SlackRequests.blockAction(REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow()));
        org.assertj.core.api.Assertions.assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        var touch = awaitTouches(dev.gatehouse.engine.gate.TouchStatus.SENT, 1, Duration.ofSeconds(10)).getFirst();
        return stores.outbox().forTouch(touch.id()).orElseThrow().messageId();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /metrics} as a scraper sends it, with the bearer token. */
    public HttpResponse<String> metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/metrics"))).header("Authorization", "Bearer " + METRICS_TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The review message the bot posted for a touch, with its approve button's value. */
    public record Posted(String channel, String ts, JsonNode blocks) {
        public Optional<String> buttonValue(String actionId) {
            for (var block : blocks) {
                for (var element : block.path("elements")) {
                    if (actionId.equals(element.path("action_id").asText())) return Optional.of(element.path("value").asText());
                }
            }
            return Optional.empty();
        }
    }

    public Posted awaitReviewMessage(Duration timeout) throws InterruptedException {
        var call = slack.await("chat.postMessage", c -> c.param("blocks") != null, timeout);
        var channel = call.param("channel");
        var ts = slack.calls("chat.postMessage").indexOf(call);
        return new Posted(channel.startsWith("U") ? "D" + channel.substring(1) : channel,
                String.format("1700000000.%06d", 100 + ts), call.json("blocks"));
    }

    /**
     * The review message the bot posted to {@code channel} (as the bot names it: a channel id, or
     * a user id for a DM), with the ts the fake answered; a post Slack refused does not count.
     */
    public Posted awaitReviewMessage(String channel, Duration timeout) throws InterruptedException {
        var call = slack.await("chat.postMessage", c -> c.param("blocks") != null && channel.equals(c.param("channel"))
                && slack.answeredTs(c).isPresent(), timeout);
        return new Posted(channel.startsWith("U") ? "D" + channel.substring(1) : channel, slack.answeredTs(call).orElseThrow(),
                call.json("blocks"));
    }

    /** Waits until the bot has recorded a review message for a touch (after Slack answered the post). */
    public dev.gatehouse.engine.store.TouchRow awaitRecordedMessage(long touchId, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var touch = stores.touches().find(touchId).orElseThrow();
            if (touch.slackMessage().isPresent()) return touch;
            if (System.nanoTime() > deadline) throw new AssertionError("no review message recorded for touch " + touchId);
            Thread.sleep(20);
        }
    }

    /** Waits for the asynchronous part of the flow (jobs, the send) to bring touches to a status. */
    public List<dev.gatehouse.engine.store.TouchRow> awaitTouches(dev.gatehouse.engine.gate.TouchStatus status, int count,
                                                                  Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var touches = stores.touches().withStatus(status, 100);
            if (touches.size() >= count || System.nanoTime() > deadline) return touches;
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        running.close();
        slack.close();
    }
}
