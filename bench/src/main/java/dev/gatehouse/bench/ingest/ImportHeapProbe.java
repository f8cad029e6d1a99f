package dev.gatehouse.bench.ingest;

import dev.gatehouse.bot.Main;
import dev.gatehouse.bot.cli.Cli;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gatehouse import FILE...} exactly as the jar runs it, in a child JVM, with the heap it used
 * watched from inside: the highest heap in use sampled every 5 ms, and the highest heap still live
 * after a full collection forced every 250 ms (what the import holds, garbage aside). Prints {@code heap-peak-kib N} and
 * {@code heap-live-kib N} after the command's own output; exits with the command's code.
 */
public final class ImportHeapProbe {
    private ImportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        var peak = new AtomicLong();
        var live = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            for (long tick = 0; !Thread.currentThread().isInterrupted(); tick++) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (tick % 50 == 49) {
                    System.gc();
                    live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int code = new Cli(System.getenv(), new ByteArrayInputStream(new byte[0]), System.out, System.err, Main::start)
                .run(prepend("import", args));
        sampler.interrupt();
        sampler.join();
        System.out.println("heap-peak-kib " + peak.get() / 1024);
        System.out.println("heap-live-kib " + live.get() / 1024);
        System.exit(code);
    }

    private static String[] prepend(String first, String[] rest) {
        var all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
