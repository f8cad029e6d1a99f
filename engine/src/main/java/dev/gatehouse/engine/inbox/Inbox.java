package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.store.InboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The durable inbox: what Gatehouse acknowledges (a Slack click, a modal submission, an inbound
 * email) is first stored here, one row, and processed from the row; the row is marked done when
 * processing finished. The instance that stored a row holds it under a lease that it renews while
 * it works on it; when an instance dies, its rows' leases run out and any instance (this one after
 * a restart included) claims and processes them. Processing is therefore at least once, and what
 * it does must be safe to repeat: the decisions behind it are conditional updates in the database.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    /** Rows claimed per recovery pass, and the most this instance holds before it claims more. */
    static final int BATCH = 20;
    private static final int MAX_HELD = 4 * BATCH;

    private final InboxStore store;
    private final InboxSettings settings;
    private final Clock clock;
    private final String owner;
    private final InboxWriter writer;
    private final Map<InboxKind, InboxHandler> handlers = new ConcurrentHashMap<>();
    private final Map<Long, Claim> held = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("inbox-", 0).daemon().factory());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("inbox-lease").daemon().factory());
    private volatile boolean started;
    private long lastPurge;

    /** A row this instance holds: when the claim was last taken or renewed, and which claim it is. */
    private record Claim(long since, int attempt) {
    }

    public Inbox(InboxStore store, InboxSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.owner = ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.writer = new InboxWriter(store, owner, settings.lease());
    }

    /** Sets who processes {@code kind}; only kinds with a handler are claimed from other instances. */
    public Inbox handle(InboxKind kind, InboxHandler handler) {
        handlers.put(kind, handler);
        // rows of this kind left by a stopped instance are taken now, not at the next tick
        if (started) ticker.execute(this::tick);
        return this;
    }

    /** Renews this instance's leases and takes over expired rows, every third of a lease, from now on. */
    public Inbox start() {
        started = true;
        long period = Math.max(100, settings.lease().toMillis() / 3);
        ticker.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stores a verified request, held by this instance; it returns once the row is on disk. */
    public StoredRequest store(InboxKind kind, Map<String, String> headers, byte[] body) {
        // microseconds, as PostgreSQL keeps them, so a replay sees the same time as the first run
        var receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var id = writer.insert(new InboxStore.NewRow(kind.wire(), headers, body, receivedAt));
        held.put(id, new Claim(System.nanoTime(), 1));
        return new StoredRequest(id, kind, headers, body, receivedAt);
    }

    /** Processes a stored request with its kind's handler on the inbox's own threads. */
    public void processLater(StoredRequest request) {
        workers.execute(() -> process(request));
    }

    /** Processes a stored request with its kind's handler on this thread. */
    public void process(StoredRequest request) {
        process(request, r -> new Handled<>(null, handler(r.kind()).handle(r)));
    }

    /**
     * Processes a stored request with {@code work} on this thread and returns its immediate result;
     * the row is marked done when {@code work}'s {@link Handled#finished()} completes. Returns null
     * without running {@code work} when this instance no longer holds the row.
     */
    public <T> T process(StoredRequest request, Function<StoredRequest, Handled<T>> work) {
        var claim = held.get(request.id());
        if (claim == null || !stillHeld(request.id(), claim)) {
            log.info("Inbox row {} is no longer held here; another instance has it", request.id());
            held.remove(request.id());
            return null;
        }
        Handled<T> handled;
        try {
            handled = work.apply(request);
        } catch (RuntimeException e) {
            failed(request, claim, e);
            throw e;
        }
        handled.finished().whenComplete((ignored, error) -> {
            if (error == null) done(request);
            else failed(request, claim, error);
        });
        return handled.result();
    }

    /** Claims expired rows of the kinds this instance handles and processes them on this thread; returns how many. */
    public int recover() {
        return recover(Runnable::run);
    }

    private int recover(Executor runner) {
        var rows = store.claimExpired(owner, handlers.keySet().stream().map(InboxKind::wire).toList(), settings.lease(),
                Math.min(BATCH, MAX_HELD - held.size()));
        for (var row : rows) {
            var request = new StoredRequest(row.id(), InboxKind.fromWire(row.kind()), row.headers(), row.body(),
                    row.receivedAt());
            var claim = new Claim(System.nanoTime(), row.attempts());
            held.put(row.id(), claim);
            log.info("Inbox row {} ({}) was not finished by the instance that stored it; processing it (attempt {})",
                    row.id(), row.kind(), row.attempts());
            if (row.attempts() > settings.maxAttempts()) {
                failed(request, claim, new IllegalStateException("claimed " + row.attempts() + " times without finishing"));
            } else {
                runner.execute(() -> process(request));
            }
        }
        return rows.size();
    }

    /** The owner this instance claims rows as (the process id and a random part). */
    public String owner() {
        return owner;
    }

    private InboxHandler handler(InboxKind kind) {
        var handler = handlers.get(kind);
        if (handler == null) throw new IllegalStateException("no handler for " + kind.wire() + " on this instance");
        return handler;
    }

    /** True when the claim is fresh enough that no one can have taken it, or when renewing it worked. */
    private boolean stillHeld(long id, Claim claim) {
        if (System.nanoTime() - claim.since() < settings.lease().toNanos() / 2) return true;
        if (store.renew(owner, List.of(id), settings.lease()).isEmpty()) return false;
        held.put(id, new Claim(System.nanoTime(), claim.attempt()));
        return true;
    }

    private void done(StoredRequest request) {
        held.remove(request.id());
        writer.done(request.id());
    }

    private void failed(StoredRequest request, Claim claim, Throwable error) {
        held.remove(request.id());
        var giveUp = claim.attempt() >= settings.maxAttempts();
        log.error("Processing inbox row {} ({}) failed, attempt {}{}", request.id(), request.kind().wire(),
                claim.attempt(), giveUp ? "; giving up" : "; it will be retried", error);
        try {
            store.failed(request.id(), owner, String.valueOf(error), settings.lease().multipliedBy(claim.attempt()), giveUp);
        } catch (RuntimeException e) {
            log.error("Could not record the failure of inbox row {}", request.id(), e);
        }
    }

    private void tick() {
        try {
            var ids = List.copyOf(held.keySet());
            if (!ids.isEmpty()) {
                var now = System.nanoTime();
                for (var id : store.renew(owner, ids, settings.lease())) {
                    held.computeIfPresent(id, (k, c) -> new Claim(now, c.attempt()));
                }
            }
            recover(workers);
            if (System.nanoTime() - lastPurge > TimeUnit.HOURS.toNanos(1) || lastPurge == 0) {
                lastPurge = System.nanoTime();
                store.purgeGivenUp(settings.keepGivenUp());
            }
        } catch (RuntimeException e) {
            log.warn("The inbox could not renew its leases or recover rows; trying again shortly", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        writer.close();
        workers.shutdown();
        try {
            // a tick in progress finishes before this returns: the database is closed right after
            ticker.awaitTermination(10, TimeUnit.SECONDS);
            // a row not finished now stays open, and is processed after its lease runs out
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes at once: for handlers that finish their work on the calling thread. */
    public static CompletableFuture<Void> finished() {
        return CompletableFuture.completedFuture(null);
    }
}
