package dev.gatehouse.engine.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible server on loopback that answers {@code POST /v1/chat/completions} from a
 * script, one reply per request, and records what it received.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    public sealed interface Reply {
    }

    public record Completion(String content, int promptTokens, int completionTokens) implements Reply {
    }

    public record Error(int status, String retryAfter) implements Reply {
    }

    public record Delayed(Duration delay, Reply then) implements Reply {
    }

    public record Received(String authorization, JsonNode body) {
        public String messagesText() {
            var text = new StringBuilder();
            body.get("messages").forEach(m -> text.append(m.get("content").asText()).append('\n'));
            return text.toString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "fake-openai");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized FakeOpenAiServer then(Reply reply) {
        script.addLast(reply);
        return this;
    }

    public FakeOpenAiServer thenAnswer(String content, int promptTokens, int completionTokens) {
        return then(new Completion(content, promptTokens, completionTokens));
    }

    public FakeOpenAiServer thenStatus(int status) {
        return then(new Error(status, null));
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{}");
                return;
            }
            var bytes = exchange.getRequestBody().readAllBytes();
            Reply reply;
            synchronized (this) {
                var body = JSON.readTree(bytes);
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
                reply = script.pollFirst();
            }
            respond(exchange, reply == null ? new Error(500, null) : reply);
        } catch (IOException | InterruptedException e) {
            // the client gave up (timeout) or the server is closing
        }
    }

    private void respond(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        switch (reply) {
            case Delayed delayed -> {
                Thread.sleep(delayed.delay());
                respond(exchange, delayed.then());
            }
            case Error error -> {
                if (error.retryAfter() != null) exchange.getResponseHeaders().add("Retry-After", error.retryAfter());
                send(exchange, error.status(), JSON.writeValueAsString(Map.of("error",
                        Map.of("message", "scripted " + error.status(), "type", "server_error"))));
            }
            case Completion c -> send(exchange, 200, JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-" + System.nanoTime(),
                    "object", "chat.completion",
                    "created", 1_700_000_000,
                    "model", "gpt-4o-mini",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", c.content()))),
                    "usage", Map.of("prompt_tokens", c.promptTokens(), "completion_tokens", c.completionTokens(),
                            "total_tokens", c.promptTokens() + c.completionTokens()))));
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
