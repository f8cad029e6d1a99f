package dev.gatehouse.bot.http;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Where work that follows a Slack ack runs: a small pool that gives way to acks. Slack's 3-second
 * ack deadline is hard and the work behind a click is not, so while any Slack request is being
 * acknowledged, or was in the last {@value #QUIET_MICROS} µs (requests of a burst arrive in
 * quick succession, and one can be on its way through the server while the count reads zero), a
 * queued task waits, up to {@code hold} from when it was queued; after that it runs regardless. A burst of clicks is therefore acked first and worked off right after, and
 * under sustained load the pool still does all its work, each task at most {@code hold} late.
 *
 * <p>{@link #tracked} tells when a piece of work is really over: Slack handlers answer at once
 * and leave the decision to a task on this pool, and the durable inbox must not mark a request
 * done before that task (and whatever it queued in turn) has finished.
 */
public final class AfterAck extends ThreadPoolExecutor {
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    static final long QUIET_MICROS = 2_000;
    private static final long QUIET_NANOS = TimeUnit.MICROSECONDS.toNanos(QUIET_MICROS);

    private final AtomicInteger acksInFlight = new AtomicInteger();
    private volatile long lastAck = System.nanoTime() - QUIET_NANOS;
    private final long holdNanos;
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();

    /** The result of tracked work, and a future that completes when it and everything it queued here finished. */
    public record Tracked<T>(T result, CompletableFuture<Void> finished) {
    }

    public AfterAck(int threads, Duration hold) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("after-ack-", 0).daemon().factory());
        if (hold.isNegative()) throw new IllegalArgumentException("hold must not be negative");
        this.holdNanos = hold.toNanos();
    }

    /** Marks the start of an ack; every call must be paired with {@link #ackDone()}. */
    public void ackStarted() {
        acksInFlight.incrementAndGet();
        lastAck = System.nanoTime();
    }

    public void ackDone() {
        lastAck = System.nanoTime();
        acksInFlight.decrementAndGet();
    }

    /**
     * Runs {@code work} on this thread; tasks it queues on this pool, and tasks those queue, are
     * counted, and {@link Tracked#finished()} completes when the last of them has run (at once if
     * there were none). When {@code work} throws, {@code finished} fails once its tasks are done.
     */
    public <T> Tracked<T> tracked(Callable<T> work) throws Exception {
        var current = new Scope();
        var outer = scope.get();
        scope.set(current);
        try {
            return new Tracked<>(work.call(), current.finished);
        } catch (Exception | Error e) {
            current.failure = e;
            throw e;
        } finally {
            if (outer == null) scope.remove();
            else scope.set(outer);
            current.exit();
        }
    }

    @Override
    public void execute(Runnable task) {
        var current = scope.get();
        if (current == null) {
            super.execute(new Queued(task, System.nanoTime()));
            return;
        }
        current.enter();
        try {
            super.execute(new Queued(() -> runIn(current, task), System.nanoTime()));
        } catch (RejectedExecutionException e) {
            current.exit();
            throw e;
        }
    }

    private void runIn(Scope current, Runnable task) {
        scope.set(current);
        try {
            task.run();
        } finally {
            scope.remove();
            current.exit();
        }
    }

    @Override
    protected void beforeExecute(Thread worker, Runnable task) {
        if (!(task instanceof Queued queued)) return;
        while (acking() && System.nanoTime() - queued.at() < holdNanos && !isShutdown()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private boolean acking() {
        return acksInFlight.get() > 0 || System.nanoTime() - lastAck < QUIET_NANOS;
    }

    /** Tracked work still running or queued: the work itself counts one until it returns. */
    private static final class Scope {
        private final AtomicInteger open = new AtomicInteger(1);
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private volatile Throwable failure;

        void enter() {
            open.incrementAndGet();
        }

        void exit() {
            if (open.decrementAndGet() > 0) return;
            if (failure == null) finished.complete(null);
            else finished.completeExceptionally(failure);
        }
    }

    /** A task with the time it was queued. */
    private record Queued(Runnable task, long at) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }
}
