package dev.gatehouse.bench.support;

import dev.gatehouse.bot.Main;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code gatehouse run} in a child JVM against a bench database and a loopback Slack, timed to ready. */
public final class ChildBot implements AutoCloseable {
    private final ChildJvm jvm;
    private final BotClient client;
    private final long readyNanos;

    private ChildBot(ChildJvm jvm, BotClient client, long readyNanos) {
        this.jvm = jvm;
        this.client = client;
        this.readyNanos = readyNanos;
    }

    /** Starts the bot and returns once {@code GET /health} first answers 200. */
    public static ChildBot start(String slackUrl, String jdbcUrl, Path home, Duration timeout) throws InterruptedException {
        return start(slackUrl, jdbcUrl, home, Map.of(), timeout);
    }

    /** The same with {@code settings} added to the bot's environment. */
    public static ChildBot start(String slackUrl, String jdbcUrl, Path home, Map<String, String> settings, Duration timeout)
            throws InterruptedException {
        int port = ChildJvm.freePort();
        var env = new HashMap<>(BotSettings.env(slackUrl, jdbcUrl, home, port));
        env.putAll(settings);
        long t0 = System.nanoTime();
        var jvm = ChildJvm.start(Main.class.getName(), List.of("run"), env);
        var client = new BotClient(port, BotSettings.SIGNING_SECRET, BotSettings.SIGNALS_SECRET);
        long deadline = t0 + timeout.toNanos();
        while (client.health() != 200) {
            if (!jvm.alive() || System.nanoTime() > deadline) {
                var output = jvm.output();
                jvm.close();
                throw new IllegalStateException("the bot did not become ready within " + timeout + ": " + output);
            }
            Thread.sleep(5);
        }
        return new ChildBot(jvm, client, System.nanoTime() - t0);
    }

    public BotClient client() {
        return client;
    }

    public ChildJvm jvm() {
        return jvm;
    }

    /** From spawning the JVM to the first 200 from {@code GET /health}. */
    public long readyNanos() {
        return readyNanos;
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
