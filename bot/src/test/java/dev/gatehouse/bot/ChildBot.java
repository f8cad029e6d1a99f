package dev.gatehouse.bot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code java … dev.gatehouse.bot.Main run} in a child JVM on this test's class path, so a test
 * can kill it the hard way ({@code SIGKILL}: no shutdown hook, no finally block runs).
 */
final class ChildBot implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private ChildBot(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the bot with {@code env} (plus a free {@code PORT}) and waits until it is ready. */
    static ChildBot start(Map<String, String> env, Duration timeout) throws Exception {
        int port = freePort();
        var log = Files.createTempFile("gatehouse-child-", ".log");
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(), "run"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        var child = new ChildBot(builder.start(), log, port);
        child.awaitHealthy(timeout);
        return child;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new AssertionError("the child bot exited: " + output());
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(url("/health"))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child bot was not healthy within " + timeout + ": " + output());
    }

    String output() throws IOException {
        var text = Files.readString(log);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    /** Every line of the child's log containing {@code text}. */
    List<String> logLines(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) kill();
        Files.deleteIfExists(log);
    }
}
