package dev.gatehouse.engine.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value read at {@link #start} and then every interval on a daemon thread, so meters can show it
 * without a query per scrape; a failed read keeps the last value and is handed to {@code failed}.
 */
final class BackgroundSnapshot<T> implements AutoCloseable {
    private final Supplier<T> source;
    private final Duration every;
    private final Consumer<RuntimeException> failed;
    private final AtomicReference<T> last;
    private final ScheduledExecutorService refresher;

    BackgroundSnapshot(String threadName, Supplier<T> source, Duration every, T initial, Consumer<RuntimeException> failed) {
        this.source = source;
        this.every = Objects.requireNonNull(every, "every");
        this.failed = failed;
        this.last = new AtomicReference<>(initial);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What meters read: the last value (held strongly by gauges built on it). */
    AtomicReference<T> ref() {
        return last;
    }

    void start() {
        refresh();
        refresher.scheduleWithFixedDelay(this::refresh, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        try {
            last.set(source.get());
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
