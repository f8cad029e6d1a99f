package dev.gatehouse.bench.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.engine.config.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Slack's Web API on loopback for the benchmarks: every method answers ok in the shape the bot
 * reads, and each call is counted by method and kept with the moment it arrived
 * ({@link System#nanoTime()}) and the message ts it was given, so a benchmark can time the
 * bot's work up to the Slack call that ends it. Under load ({@link #countingOnly}) calls are only
 * counted, so the fake's memory does not grow with the run.
 */
public final class RecordingSlack implements AutoCloseable {
    /** One Web API call: its form fields, when it arrived, and the ts answered (posts only). */
    public record Call(String method, Map<String, String> params, long arrivedNanos, String ts) {
        public String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private final HttpServer server;
    private final boolean keepCalls;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();

    public RecordingSlack() {
        this(true);
    }

    /** A fake that counts calls by method and keeps none of them (for {@link #counts}, not {@link #await}). */
    public static RecordingSlack countingOnly() {
        return new RecordingSlack(false);
    }

    private RecordingSlack(boolean keepCalls) {
        this.keepCalls = keepCalls;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0, "/api/", this::handle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The value for {@code SLACK_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Every call so far, in the order they arrived. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls so far per Web API method, e.g. {@code auth.test=1, chat.postEphemeral=20000}. */
    public Map<String, Long> counts() {
        var out = new TreeMap<String, Long>();
        counts.forEach((method, count) -> out.put(method, count.sum()));
        return out;
    }

    /** Calls so far to one Web API method (cheap enough to poll in a loop). */
    public long count(String method) {
        var count = counts.get(method);
        return count == null ? 0 : count.sum();
    }

    /** The first call to {@code method} that matches, waiting for it up to {@code timeout}. */
    public Call await(String method, Predicate<Call> which, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (var call : calls) {
                if (call.method().equals(method) && which.test(call)) return call;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no matching " + method + " within " + timeout + "; calls so far: "
                        + calls.stream().collect(Collectors.groupingBy(Call::method, Collectors.counting())));
            }
            Thread.sleep(1);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        var params = fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var answer = Json.mapper().createObjectNode().put("ok", true);
        String ts = null;
        switch (method) {
            case "auth.test" -> answer.put("url", "https://loopback.slack.test/").put("team", "Loopback").put("user", "gatehouse")
                    .put("team_id", "T0LOOP").put("user_id", "U0BOT").put("bot_id", "B0BOT");
            case "chat.postMessage" -> {
                ts = "1700000000." + String.format("%06d", messages.incrementAndGet());
                answer.put("channel", dm(params.getOrDefault("channel", "C0LOOP"))).put("ts", ts);
            }
            case "chat.update" -> answer.put("channel", params.get("channel")).put("ts", params.get("ts"));
            case "chat.postEphemeral" -> answer.put("message_ts", "1700000001." + String.format("%06d", messages.incrementAndGet()));
            case "views.open", "views.publish", "views.update", "views.push" -> answer.putObject("view").put("id", "V0LOOP");
            case "conversations.open" -> answer.putObject("channel").put("id", dm(params.getOrDefault("users", "U0")));
            case "usergroups.users.list" -> answer.putArray("users");
            default -> {
                // a plain ok is all the bot reads from the rest
            }
        }
        if (keepCalls) calls.add(new Call(method, params, arrived, ts));
        counts.computeIfAbsent(method, m -> new LongAdder()).increment();
        reply(exchange, answer);
    }

    /** A direct message to a user lands in a channel whose id starts with D. */
    private static String dm(String channel) {
        return channel.startsWith("U") ? "D" + channel.substring(1) : channel;
    }

    private static Map<String, String> fields(String form) {
        return Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2)).filter(kv -> kv.length == 2)
                .collect(Collectors.toMap(kv -> decode(kv[0]), kv -> decode(kv[1]), (first, last) -> last));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, ObjectNode answer) throws IOException {
        try (exchange) {
            var bytes = Json.mapper().writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
