package dev.gatehouse.bench.ack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Slack's Web API on loopback, for benchmarks: every method answers ok, shaped
 * enough for Bolt ({@code auth.test}) and the bot's calls. It only counts calls.
 */
final class LoopbackSlack implements AutoCloseable {
    private final HttpServer server;
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> calls =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);

    LoopbackSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The value for {@code SLACK_API_URL}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Calls so far per Web API method, e.g. {@code auth.test=1, chat.postEphemeral=20000}. */
    java.util.Map<String, Long> calls() {
        var out = new java.util.TreeMap<String, Long>();
        calls.forEach((method, count) -> out.put(method, count.sum()));
        return out;
    }

    /** Calls so far to one Web API method (cheap enough to poll in a loop). */
    long calls(String method) {
        var count = calls.get(method);
        return count == null ? 0 : count.sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        calls.computeIfAbsent(method, m -> new java.util.concurrent.atomic.LongAdder()).increment();
        var value = ts.getAndIncrement();
        var stamp = (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
        var json = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://loopback.slack.test/\",\"team\":\"Loopback\",\"user\":\"gatehouse\","
                    + "\"team_id\":\"T0LOOP\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C0LOOP\",\"ts\":\"" + stamp + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + stamp + "\"}";
            case "views.open", "views.publish", "views.update" -> "{\"ok\":true,\"view\":{\"id\":\"V0LOOP\"}}";
            default -> "{\"ok\":true}";
        };
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
