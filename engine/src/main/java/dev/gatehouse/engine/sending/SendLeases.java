package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.store.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The lease under which this instance sends outbox rows. Claiming a row takes the lease (before
 * the mail server sees the message); while the send runs it is renewed every third of its length;
 * recording the outcome ends it. A row still {@code sending} whose lease ran out was cut off, and
 * {@link SendRecovery} takes it over: seconds after a crash, not minutes.
 */
public final class SendLeases implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SendLeases.class);

    private final OutboxStore outbox;
    private final Duration length;
    private final String owner;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("send-lease").daemon().factory());

    public SendLeases(OutboxStore outbox, Duration length) {
        if (length.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("a send lease must be at least 1 s");
        this.outbox = outbox;
        this.length = length;
        this.owner = "send-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Renews the leases of the sends in progress, every third of a lease, from now on. */
    public SendLeases start() {
        long period = Math.max(100, length.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Who this instance claims rows as. */
    public String owner() {
        return owner;
    }

    public Duration length() {
        return length;
    }

    /** Keeps the lease on a row this instance claimed until the returned handle is closed. */
    public Held hold(long outboxId) {
        held.add(outboxId);
        return () -> held.remove(outboxId);
    }

    /** A lease being renewed; closing it stops the renewals (the row's outcome ends the lease itself). */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    void renew() {
        var ids = List.copyOf(held);
        if (ids.isEmpty()) return;
        try {
            var kept = outbox.renewLeases(owner, ids, length);
            var missed = ids.stream().filter(id -> !kept.contains(id)).toList();
            // a row missed here is usually one whose send has just been recorded (which ends its lease)
            // while its handle is still open; only a row another instance now sends was really lost
            for (var id : outbox.takenOver(owner, missed)) {
                if (held.contains(id)) log.warn("Lost the lease on outbox {} while sending it; another instance has taken it over", id);
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the send leases; trying again shortly: {}", e.toString());
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
