package dev.gatehouse.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A stand-in for Slack's Web API on loopback: real HTTP, answers shaped like Slack's, every call
 * recorded. It can be told to answer the next calls of a method with 429 (and a Retry-After) or
 * an error, as Slack does under load, or to drop the connection after reading a request.
 */
public final class FakeSlackApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Call(String method, Map<String, String> params, String authorization, Instant at) {
        public String param(String name) {
            return params.get(name);
        }

        public JsonNode json(String name) {
            try {
                return JSON.readTree(params.get(name));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Scripted(int status, String retryAfter, String error) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Scripted>> script = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";
    private volatile String grantedScopes;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    private final Map<Call, String> answeredTs = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** The ts this fake answered a successful {@code chat.postMessage} call with (empty if it was refused). */
    public Optional<String> answeredTs(Call call) {
        return Optional.ofNullable(answeredTs.get(call));
    }

    /** Members {@code usergroups.users.list} reports for a user group. */
    public void userGroup(String groupId, List<String> members) {
        groups.put(groupId, List.copyOf(members));
    }

    /** The scopes Slack reports in {@code auth.test}'s {@code x-oauth-scopes} header (none sent when null). */
    public void grantedScopes(String commaSeparated) {
        this.grantedScopes = commaSeparated;
    }

    /** Where {@code apps.connections.open} sends Socket Mode clients (a test's WebSocket server). */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** A file's bytes as POSTed to the URL files.getUploadURLExternal gave out, by file id. */
    public record Upload(String fileId, String contentType, byte[] bytes) {
    }

    private final java.util.concurrent.atomic.AtomicInteger uploadIds = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Upload> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every file uploaded through the external upload flow (step two: the bytes). */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    private void upload(HttpExchange exchange) throws IOException {
        var fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        uploads.add(new Upload(fileId, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes()));
        var ok = ("OK - " + fileId).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        try (var out = exchange.getResponseBody()) {
            out.write(ok);
        }
    }

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::handle);
        server.createContext("/upload/", this::upload);
        server.start();
    }

    /** The value for {@code SLACK_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public void answerNext(String method, int status, String retryAfterSeconds) {
        script.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Scripted(status, retryAfterSeconds, null));
    }

    /** The next call of {@code method} is read and recorded, then the connection closes unanswered. */
    public void dropNext(String method) {
        script.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Scripted(0, null, null));
    }

    public void failNext(String method, String error) {
        script.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Scripted(200, null, error));
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits until a call matching the predicate was recorded. */
    public Call await(String method, Predicate<Call> matching, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Call> found = calls(method).stream().filter(matching).findFirst();
            if (found.isPresent()) return found.get();
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " call matching within " + timeout + "; calls: "
                + calls.stream().map(Call::method).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var params = parse(exchange.getRequestHeaders().getFirst("Content-Type"), body, exchange.getRequestURI().getRawQuery());
        var call = new Call(method, params, exchange.getRequestHeaders().getFirst("Authorization"), Instant.now());
        calls.add(call);
        var scripted = Optional.ofNullable(script.get(method)).map(ConcurrentLinkedQueue::poll);
        if (scripted.isPresent() && scripted.get().status() == 0) {
            exchange.close(); // no answer: the client cannot tell whether the request took effect
            return;
        }
        if (scripted.isPresent() && scripted.get().status() != 200) {
            if (scripted.get().retryAfter() != null) exchange.getResponseHeaders().add("Retry-After", scripted.get().retryAfter());
            respond(exchange, scripted.get().status(), "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        if (scripted.isPresent()) {
            respond(exchange, 200, "{\"ok\":false,\"error\":\"" + scripted.get().error() + "\"}");
            return;
        }
        if (method.equals("auth.test") && grantedScopes != null) exchange.getResponseHeaders().add("x-oauth-scopes", grantedScopes);
        respond(exchange, 200, answer(method, params, call));
    }

    private String answer(String method, Map<String, String> params, Call call) throws IOException {
        var out = new LinkedHashMap<String, Object>();
        out.put("ok", true);
        switch (method) {
            case "auth.test" -> {
                out.put("url", "https://fake.slack.test/");
                out.put("team", "Fake Team");
                out.put("user", "gatehouse");
                out.put("team_id", "T0FAKE");
                out.put("user_id", "U0BOT");
                out.put("bot_id", "B0BOT");
            }
            case "chat.postMessage" -> {
                var channel = params.getOrDefault("channel", "C0FAKE");
                out.put("channel", channel.startsWith("U") ? "D" + channel.substring(1) : channel);
                var posted = nextTs();
                answeredTs.put(call, posted);
                out.put("ts", posted);
                out.put("message", Map.of("text", params.getOrDefault("text", "")));
            }
            case "chat.update" -> {
                out.put("channel", params.get("channel"));
                out.put("ts", params.get("ts"));
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "views.open", "views.update", "views.publish", "views.push" -> out.put("view", Map.of("id", "V0FAKE"));
            case "conversations.open" -> out.put("channel", Map.of("id", "D0" + params.getOrDefault("users", "X")));
            case "apps.connections.open" -> out.put("url", socketModeUrl);
            case "files.getUploadURLExternal" -> {
                var fileId = "F0" + uploadIds.incrementAndGet();
                out.put("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId);
                out.put("file_id", fileId);
            }
            case "files.completeUploadExternal" -> out.put("files", List.of(Map.of("id", "F0" + uploadIds.get())));
            case "usergroups.users.list" -> out.put("users", groups.getOrDefault(params.get("usergroup"), List.of()));
            default -> {
                // every other method: a plain ok
            }
        }
        return JSON.writeValueAsString(out);
    }

    private String nextTs() {
        var value = ts.getAndIncrement();
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }

    private static Map<String, String> parse(String contentType, String body, String query) throws IOException {
        var params = new LinkedHashMap<String, String>();
        if (contentType != null && contentType.startsWith("application/json") && !body.isBlank()) {
            JSON.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        } else {
            form(body, params);
        }
        if (query != null) form(query, params);
        return params;
    }

    private static void form(String encoded, Map<String, String> into) {
        for (var pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            var eq = pair.indexOf('=');
            var key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            var value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(key, value);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
