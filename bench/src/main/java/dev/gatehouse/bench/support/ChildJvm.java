package dev.gatehouse.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java program in a child JVM on this process's class path, started the way the README starts
 * the jar ({@code --enable-native-access=ALL-UNNAMED}, as gatehouse.jar's manifest says, and the
 * README's {@value #README_HEAP}; {@code GATEHOUSE_BENCH_CHILD_FLAGS} replaces the heap flag, e.g.
 * {@code -Xmx1g}, or {@code none} for the JVM's own default), with only the environment given: its
 * own memory is read from {@code /proc/<pid>/status}.
 */
public final class ChildJvm implements AutoCloseable {
    /** The heap the README's {@code run} command gives the bot. */
    public static final String README_HEAP = "-Xmx256m";
    public static final List<String> FLAGS = flags(System.getenv().getOrDefault("GATEHOUSE_BENCH_CHILD_FLAGS", README_HEAP));

    private static List<String> flags(String extra) {
        var flags = new java.util.ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        for (var flag : extra.trim().split("\\s+")) if (!flag.isEmpty() && !flag.equals("none")) flags.add(flag);
        return List.copyOf(flags);
    }

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ChildJvm start(String mainClass, List<String> args, Map<String, String> env) {
        try {
            var log = Files.createTempFile("gatehouse-bench-child-", ".log");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(FLAGS);
            command.addAll(List.of("-cp", classPath(), mainClass));
            command.addAll(args);
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            var environment = builder.environment();
            var path = environment.get("PATH");
            environment.clear();
            if (path != null) environment.put("PATH", path);
            environment.putAll(env);
            return new ChildJvm(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM", e);
        }
    }

    /** The class path of this process: the bench jar, or the test class path under Maven. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Waits for the program to end; its exit code. */
    public int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the child JVM did not end within " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    /** Peak and current resident memory of the child, in KiB ({@code VmHWM}, {@code VmRSS}). */
    public record Memory(long peakKib, long currentKib) {
    }

    public Memory memory() {
        try {
            var status = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
            return new Memory(field(status, "VmHWM:"), field(status, "VmRSS:"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the child's /proc status (Linux only)", e);
        }
    }

    private static long field(List<String> status, String name) {
        return status.stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElseThrow();
    }

    /** The end of what the child printed, for an error message. */
    public String output() {
        try {
            var text = Files.readString(log);
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the child as a service manager would (SIGTERM, then SIGKILL after 20 s). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file
        }
    }
}
