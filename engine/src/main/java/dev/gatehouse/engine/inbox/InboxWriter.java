package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.store.InboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Group commit for the inbox: requests stored at the same moment share one INSERT and one flush to
 * disk. Storing is on the path to every Slack ack, and a burst of clicks would otherwise queue for
 * pool connections and disk flushes one by one. {@value #WRITERS} writer threads (started with the
 * first row) each take everything queued, oldest first, so one batch is written while another
 * flushes; callers wait for their ids. Processed rows are deleted the same way, gathered for
 * {@value #GATHER_MILLIS} ms into one statement by one more thread: nobody waits for that, and a
 * deletion lost in a crash only means the row is processed again.
 */
final class InboxWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxWriter.class);
    static final int WRITERS = 2;
    private static final int MAX_BATCH = 500;
    /** How long the done marks wait for others after the first, so a burst's rows share one statement. */
    private static final long GATHER_MILLIS = 100;

    private final InboxStore store;
    private final String owner;
    private final Duration lease;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Long> finished = new LinkedBlockingQueue<>();
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

    /** Marks the row done, soon (with whatever else finished meanwhile). */
    void done(long id) {
        if (!started) start();
        finished.add(id);
        if (closed) markDone();
    }

    private synchronized void start() {
        if (started || closed) return;
        for (int i = 0; i < WRITERS; i++) {
            threads.add(Thread.ofPlatform().name("inbox-writer-" + i).daemon().start(this::writeLoop));
        }
        threads.add(Thread.ofPlatform().name("inbox-done").daemon().start(this::doneLoop));
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

    private void doneLoop() {
        while (!closed) {
            var ids = new ArrayList<Long>();
            try {
                ids.add(finished.take());
                Thread.sleep(GATHER_MILLIS);
            } catch (InterruptedException e) {
                finished.drainTo(ids);
                markDone(ids);
                break;
            }
            markDone(ids);
        }
    }

    private void markDone() {
        markDone(new ArrayList<>());
    }

    /** Marks {@code ids} and whatever else is waiting done, in one statement. */
    private synchronized void markDone(List<Long> ids) {
        finished.drainTo(ids, MAX_BATCH - ids.size());
        if (ids.isEmpty()) return;
        try {
            var marked = store.done(owner, ids);
            var lost = new HashSet<>(ids);
            lost.removeAll(marked);
            if (!lost.isEmpty()) log.warn("Inbox rows {} were finished here after another instance took them over", lost);
        } catch (RuntimeException e) {
            log.error("Could not mark inbox rows {} done; they will be processed again", ids, e);
        }
    }

    /**
     * Stops the writers and marks done what finished; a row still queued for writing fails its
     * caller (it was not stored, so it is not acknowledged).
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
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
        while (!finished.isEmpty()) markDone();
    }
}
