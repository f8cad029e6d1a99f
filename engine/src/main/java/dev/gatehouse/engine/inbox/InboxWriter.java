package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.store.InboxStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit for the inbox: requests stored at the same moment share one INSERT and one flush to
 * disk. Storing is on the path to every Slack ack, and a burst of clicks would otherwise queue for
 * pool connections and disk flushes one by one. {@value #WRITERS} writer threads (started with the
 * first row) each take everything queued, oldest first, so one batch is written while another
 * flushes; callers wait for their ids.
 */
final class InboxWriter implements AutoCloseable {
    static final int WRITERS = 2;
    private static final int MAX_BATCH = 500;

    private final InboxStore store;
    private final String owner;
    private final Duration lease;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean started;
    private volatile boolean closed;

    private record Pending(InboxStore.NewRow row, CompletableFuture<Long> id) {
    }

    InboxWriter(InboxStore store, String owner, Duration lease) {
        this.store = store;
        this.owner = owner;
        this.lease = lease;
    }

    /** Stores the row and returns its id once it is on disk. */
    long insert(InboxStore.NewRow row) {
        if (!started) start();
        var pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        if (closed) pending.id().completeExceptionally(new IllegalStateException("the inbox is closed"));
        try {
            return pending.id().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing an inbox row", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized void start() {
        if (started || closed) return;
        for (int i = 0; i < WRITERS; i++) {
            threads.add(Thread.ofPlatform().name("inbox-writer-" + i).daemon().start(this::writeLoop));
        }
        started = true;
    }

    private void writeLoop() {
        while (!closed) {
            var batch = new ArrayList<Pending>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        try {
            var ids = store.insertAll(batch.stream().map(Pending::row).toList(), owner, lease);
            for (int i = 0; i < batch.size(); i++) batch.get(i).id().complete(ids.get(i));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.id().completeExceptionally(e));
        }
    }

    /** Stops the writers; a row still queued fails its caller (it was not stored, so it was not acknowledged). */
    @Override
    public synchronized void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        for (var thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Pending left; (left = queue.poll()) != null; ) {
            left.id().completeExceptionally(new IllegalStateException("the inbox is closed"));
        }
    }
}
