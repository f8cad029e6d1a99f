import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.bot.Main;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.writing.Offer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bot half of scripts/real-mail.sh: starts Gatehouse exactly as {@code run} does (Main.start,
 * from gatehouse.jar) against a stand-in Slack Web API on loopback, seeds a workspace through the
 * engine's API, posts one signed signal, clicks Approve as a rep (a signed Slack request) and
 * waits until the email lands in the recipient's Maildir (Postfix -> Dovecot).
 *
 * <p>Run: java --enable-native-access=ALL-UNNAMED -cp bot/target/gatehouse.jar RoundTrip.java MAILDIR
 * with the bot's environment (SMTP_HOST/SMTP_PORT pointing at Postfix, MAIL_FROM, ...).
 */
public class RoundTrip {
    static final String SIGNING_SECRET = "real-mail-signing-secret-0123456789";
    static final String SIGNALS_SECRET = "real-mail-signals-secret-0123456789";
    static final String REP = "U0REP";
    static final String MANAGER = "U0MGR";
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        var maildir = Path.of(args[0]);
        var contactEmail = args[1];
        var slack = new FakeSlack();
        var env = new HashMap<>(System.getenv());
        env.putAll(Map.of("SLACK_BOT_TOKEN", "xoxb-real-mail", "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.url(), "PORT", "0", "GATEHOUSE_MANAGERS", MANAGER, "GATEHOUSE_REPS", REP,
                "GATEHOUSE_SIGNALS_SECRET", SIGNALS_SECRET));
        var code = 1;
        try (var running = Main.start(env, Clock.systemUTC())) {
            seed(running.engine(), contactEmail);
            var base = "http://127.0.0.1:" + running.port();
            var signal = post(base + "/api/signals", signalJson(contactEmail), "application/json", signalHeaders(signalJson(contactEmail)));
            step("signal posted: HTTP " + signal.statusCode() + " " + signal.body());
            var review = slack.awaitApproveButton(120);
            step("review posted to " + review.channel + " at " + review.ts);
            var click = blockAction(review);
            var clicked = post(base + "/slack/events", click, "application/x-www-form-urlencoded", slackHeaders(click));
            step("Approve clicked: HTTP " + clicked.statusCode());
            var delivered = awaitFile(maildir, 120);
            step("delivered to " + delivered);
            code = 0;
        } catch (Exception e) {
            System.err.println("round trip failed: " + e);
            slack.calls.forEach(c -> System.err.println("  slack call: " + c.method));
        } finally {
            slack.close();
        }
        System.exit(code);
    }

    static void step(String text) {
        System.out.println("[round trip] " + text);
    }

    /** The workspace GatehouseStack seeds in the bot's tests: an ICP, an offer, one account with a VP Finance. */
    static void seed(dev.gatehouse.engine.Engine engine, String contactEmail) {
        engine.playbook().saveIcp(new Icp(0, List.of("logistics"), 50, 1000, List.of("EMEA"), List.of(),
                List.of(new Icp.Persona("finance leader", List.of("finance", "controller", "cfo"), List.of())),
                Icp.Exclusions.NONE, null, null, 20, "Mid-size logistics companies with growing finance teams"), MANAGER);
        engine.playbook().saveOffer(new Offer("Ledgerline", "Ledgerline automates month-end close for finance teams.",
                List.of("Harbor Freight Lines closes its books 3 days faster with Ledgerline"),
                List.of("Harbor Freight Lines"), "Ari Lund", "Account Executive"), MANAGER);
        var domain = contactEmail.substring(contactEmail.indexOf('@') + 1);
        var accountId = engine.workspace().upsert(new Account(0, domain, "Northwind Freight", "logistics", 240, "EMEA", "DE",
                List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        engine.workspace().upsert(new Contact(0, accountId, contactEmail, "Dana", "Keller", "VP Finance", "vp",
                ZoneId.of("Europe/Berlin"), null));
    }

    static String signalJson(String contactEmail) {
        var domain = contactEmail.substring(contactEmail.indexOf('@') + 1);
        return "{\"account_domain\":\"" + domain + "\",\"kind\":\"funding\",\"summary\":\"Northwind Freight raised a $20M "
                + "Series B\",\"contact_email\":\"" + contactEmail + "\",\"source\":\"newsfeed\",\"external_id\":\"nw-b\"}";
    }

    static Map<String, String> signalHeaders(String body) {
        var ts = Instant.now().getEpochSecond();
        return Map.of("X-Gatehouse-Timestamp", Long.toString(ts), "X-Gatehouse-Signature",
                new RequestSignature(SIGNALS_SECRET).sign(ts, body.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> slackHeaders(String body) throws Exception {
        var ts = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return Map.of("X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signature);
    }

    static HttpResponse<String> post(String url, String body, String type, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    record Review(String channel, String ts, String value) {
    }

    /** A rep's click on Approve & send, as Slack posts it (block_actions, form-encoded payload). */
    static String blockAction(Review review) throws Exception {
        var payload = Map.of("type", "block_actions",
                "team", Map.of("id", "T0FAKE", "domain", "fake"),
                "user", Map.of("id", REP, "username", "rep", "name", "rep", "team_id", "T0FAKE"),
                "api_app_id", "A0GATEHOUSE",
                "container", Map.of("type", "message", "message_ts", review.ts, "channel_id", review.channel, "is_ephemeral", false),
                "trigger_id", "1234567890.123456.abcdef",
                "channel", Map.of("id", review.channel, "name", "directmessage"),
                "message", Map.of("type", "message", "ts", review.ts, "text", "review"),
                "response_url", "https://hooks.slack.test/actions/T0FAKE/1/abc",
                "actions", List.of(Map.of("action_id", "gh_approve", "block_id", "gh_actions", "value", review.value,
                        "type", "button", "action_ts", Instant.now().getEpochSecond() + ".000200")));
        return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
    }

    static Path awaitFile(Path maildir, int seconds) throws Exception {
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (var sub : List.of("new", "cur")) {
                var dir = maildir.resolve(sub);
                if (!Files.isDirectory(dir)) continue;
                try (var files = Files.list(dir)) {
                    var first = files.filter(Files::isRegularFile).findFirst();
                    if (first.isPresent()) return first.get();
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no email reached " + maildir + " within " + seconds + " s (see the Postfix log)");
    }

    /** Slack's Web API on loopback: answers like Slack, records every call. */
    static final class FakeSlack implements AutoCloseable {
        record Call(String method, Map<String, String> params) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final HttpServer server;
        private long ts = 1_700_000_000_000100L;

        FakeSlack() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
        }

        Review awaitApproveButton(int seconds) throws Exception {
            var deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (var call : calls) {
                    if (!call.method.equals("chat.postMessage") || call.params.get("blocks") == null) continue;
                    for (var block : JSON.readTree(call.params.get("blocks"))) {
                        for (var element : block.path("elements")) {
                            if (element.path("action_id").asText().equals("gh_approve")) {
                                return new Review(call.params.get("answered_channel"), call.params.get("answered_ts"),
                                        element.path("value").asText());
                            }
                        }
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("no review with an Approve button was posted within " + seconds + " s");
        }

        private synchronized String nextTs() {
            var value = ts++;
            return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
        }

        private void handle(HttpExchange exchange) throws IOException {
            var method = exchange.getRequestURI().getPath().substring("/api/".length());
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var params = new HashMap<String, String>();
            var type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (type.startsWith("application/json") && !body.isBlank()) {
                JSON.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
                        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            } else {
                for (var pair : body.split("&")) {
                    var eq = pair.indexOf('=');
                    if (eq > 0) params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            var answer = new HashMap<String, Object>();
            answer.put("ok", true);
            switch (method) {
                case "auth.test" -> answer.putAll(Map.of("url", "https://fake.slack.test/", "team", "Fake", "user", "gatehouse",
                        "team_id", "T0FAKE", "user_id", "U0BOT", "bot_id", "B0BOT"));
                case "chat.postMessage" -> {
                    var channel = params.getOrDefault("channel", "C0FAKE");
                    var posted = nextTs();
                    params.put("answered_channel", channel.startsWith("U") ? "D" + channel.substring(1) : channel);
                    params.put("answered_ts", posted);
                    answer.putAll(Map.of("channel", params.get("answered_channel"), "ts", posted));
                }
                case "chat.update" -> answer.putAll(Map.of("channel", params.getOrDefault("channel", ""), "ts",
                        params.getOrDefault("ts", "")));
                case "chat.postEphemeral" -> answer.put("message_ts", nextTs());
                case "views.open", "views.publish", "views.update", "views.push" -> answer.put("view", Map.of("id", "V0FAKE"));
                case "usergroups.users.list" -> answer.put("users", List.of());
                default -> {
                }
            }
            calls.add(new Call(method, params));
            var bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
