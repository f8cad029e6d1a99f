package dev.gatehouse.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where and when the figures were measured: processor, cores, memory, JDK, date, and the load
 * average before and after the run (other work on a shared machine inflates the tails).
 */
public record Machine(String cpu, int cores, long memoryMb, String os, String jdk, Instant started, Instant finished,
                      String loadBefore, String loadAfter) {

    /** What this process can see of the machine now; the run's end is filled in by {@link #finished(Instant)}. */
    public static Machine probe(Instant now) {
        var cpu = line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        long memory = line(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kib).orElse(0L) / 1024;
        var os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        var jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, os, jdk, now, now, loadAverage(), "");
    }

    /** The same machine at the end of the run, with the load average then. */
    public Machine finished(Instant now) {
        return new Machine(cpu, cores, memoryMb, os, jdk, started, now, loadBefore, loadAverage());
    }

    /** Whether other work shared the machine: a one-minute load average above the cores, before or after. */
    public boolean shared() {
        return Math.max(oneMinute(loadBefore), oneMinute(loadAfter)) > cores;
    }

    private static double oneMinute(String load) {
        try {
            return Double.parseDouble(load.split(" ")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The first three fields of {@code /proc/loadavg} (1, 5 and 15 minutes). */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" / ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> line(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long kib(String meminfoLine) {
        return Long.parseLong(meminfoLine.replaceAll("[^0-9]", ""));
    }
}
