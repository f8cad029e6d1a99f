package dev.gatehouse.bot.http;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
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
 */
public final class AfterAck extends ThreadPoolExecutor {
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    static final long QUIET_MICROS = 2_000;
    private static final long QUIET_NANOS = TimeUnit.MICROSECONDS.toNanos(QUIET_MICROS);

    private final AtomicInteger acksInFlight = new AtomicInteger();
    private volatile long lastAck = System.nanoTime() - QUIET_NANOS;
    private final long holdNanos;

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

    @Override
    public void execute(Runnable task) {
        super.execute(new Queued(task, System.nanoTime()));
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

    /** A task with the time it was queued. */
    private record Queued(Runnable task, long at) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }
}
