package dev.gatehouse.engine.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL is a process of its own, stopped by the JVM's shutdown hook. A JVM that
 * never runs its hooks (kill -9, the OOM killer, a power cut of the container's main process only)
 * leaves it running on the data directory, and the next start would find the directory taken.
 * Before starting, this stops such an orphan: a postmaster named in {@code postmaster.pid} while
 * nobody holds the directory's {@code epg-lock} (the embedded server's own lock, held by the JVM
 * that started it for as long as it runs). A directory whose lock is held belongs to a Gatehouse
 * that is still running, and is left alone with a clear error.
 */
final class OrphanedPostgres {
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    static final String LOCK_FILE = "epg-lock";
    private static final Duration FAST_STOP = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    /** Stops a PostgreSQL left running on {@code dataDir} by a JVM that is gone; returns whether there was one. */
    static boolean stopIfOrphaned(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return false;
        try (var channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("another Gatehouse is running with its data in " + dataDir
                        + " (its embedded PostgreSQL holds " + LOCK_FILE + "); stop it first, or give this one another GATEHOUSE_DATA_DIR");
            }
            var postmaster = postmaster(pidFile);
            if (postmaster == null) return false;
            log.warn("Stopping the embedded PostgreSQL (pid {}) that a Gatehouse which did not shut down left running in {}",
                    postmaster.pid(), dataDir);
            stop(postmaster);
            return true;
        }
    }

    private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this very JVM holds it: the server is running here
        }
    }

    /** The live postmaster the pid file names, or null when the pid is gone or is not a PostgreSQL. */
    private static ProcessHandle postmaster(Path pidFile) throws IOException {
        var lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return null;
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return null;
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .orElse(null);
    }

    /**
     * SIGTERM first; the orphan's sessions died with their JVM, so PostgreSQL's smart shutdown
     * finishes at once. SIGKILL after {@link #FAST_STOP}: PostgreSQL recovers from its WAL on the
     * next start, as after any crash.
     */
    private static void stop(ProcessHandle postmaster) throws IOException {
        postmaster.destroy();
        if (waitFor(postmaster, FAST_STOP)) return;
        log.warn("The orphaned PostgreSQL (pid {}) did not stop within {} s; killing it", postmaster.pid(), FAST_STOP.toSeconds());
        postmaster.destroyForcibly();
        if (!waitFor(postmaster, FAST_STOP)) throw new IOException("could not stop the orphaned PostgreSQL, pid " + postmaster.pid());
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
