package dev.gatehouse.engine.metrics;

import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.UsageStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The {@code gatehouse_} series: touches by status, rejections by reason, signals stored, LLM
 * calls, tokens and cost.
 *
 * <p>These are counts of rows in the shared database, not events this process saw: read from
 * there, every instance of the bot reports the same numbers, and a restart resets nothing (an
 * in-process counter would count only what one instance handled since it started). But a scrape
 * must not query the database: with several instances and a short scrape interval that is a
 * steady stream of aggregate queries, and a slow database would make {@code /metrics} slow
 * exactly when it is needed. So a daemon thread reads the counts once at {@link #start} and then
 * every refresh interval ({@code GATEHOUSE_METRICS_REFRESH_MS}), and the meters read the last
 * snapshot. A failed refresh keeps the previous snapshot; {@code
 * gatehouse_metrics_snapshot_timestamp_seconds} says when the one served was taken.
 */
public final class DomainMeters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DomainMeters.class);

    /** The counts one refresh read, and when. */
    record Snapshot(Map<TouchStatus, Integer> touches, Map<RejectReason, Integer> rejections, long signals,
                           UsageStore.Totals usage, Instant takenAt) {
        static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), 0, new UsageStore.Totals(0, 0, 0, BigDecimal.ZERO),
                Instant.EPOCH);

        public Snapshot {
            touches = Map.copyOf(touches);
            rejections = Map.copyOf(rejections);
        }

        static Snapshot read(Stores stores, UsageStore usage, Clock clock) {
            return new Snapshot(stores.touches().countByStatus(), stores.decisions().rejectReasonCounts(),
                    stores.signals().count(), usage.totals(), clock.instant());
        }
    }

    private final BackgroundSnapshot<Snapshot> snapshots;
    private final AtomicReference<Snapshot> last;

    /** Meters in {@code meters} showing the counts read at {@link #start} and every {@code every} after. */
    public DomainMeters(Stores stores, UsageStore usage, Clock clock, MeterRegistry meters, Duration every) {
        this.snapshots = new BackgroundSnapshot<>("gatehouse-metrics-refresh", () -> Snapshot.read(stores, usage, clock),
                every, Snapshot.NONE, this::failed);
        this.last = snapshots.ref();
        register(meters);
    }

    private void register(MeterRegistry meters) {
        for (var status : TouchStatus.values()) {
            gauge("gatehouse.touches", "Touches by status.", s -> s.touches().getOrDefault(status, 0))
                    .tag("status", status.wire()).register(meters);
        }
        for (var reason : RejectReason.values()) {
            counter("gatehouse.review.rejections", "Drafts reviewers rejected, by reason.",
                    s -> s.rejections().getOrDefault(reason, 0)).tag("reason", reason.wire()).register(meters);
        }
        gauge("gatehouse.signals", "Signals stored.", Snapshot::signals).register(meters);
        counter("gatehouse.llm.calls", "Metered model calls.", s -> s.usage().calls()).register(meters);
        counter("gatehouse.llm.tokens", "Model tokens, by direction.", s -> s.usage().tokensIn())
                .tag("direction", "in").register(meters);
        counter("gatehouse.llm.tokens", "Model tokens, by direction.", s -> s.usage().tokensOut())
                .tag("direction", "out").register(meters);
        counter("gatehouse.llm.cost.usd", "Model spend in US dollars.", s -> s.usage().costUsd().doubleValue())
                .register(meters);
        gauge("gatehouse.metrics.snapshot.timestamp", "When the gatehouse_ counts served were read.",
                s -> s.takenAt().toEpochMilli() / 1000.0).baseUnit("seconds").register(meters);
    }

    private Gauge.Builder<AtomicReference<Snapshot>> gauge(String name, String help, ToDoubleFunction<Snapshot> value) {
        return Gauge.builder(name, last, ref -> value.applyAsDouble(ref.get())).description(help).strongReference(true);
    }

    private FunctionCounter.Builder<AtomicReference<Snapshot>> counter(String name, String help,
                                                                      ToDoubleFunction<Snapshot> value) {
        // a function counter holds its object weakly; the gauges above hold the same one strongly
        return FunctionCounter.builder(name, last, ref -> value.applyAsDouble(ref.get())).description(help);
    }

    /** Reads the counts now, then again every refresh interval in the background. */
    public DomainMeters start() {
        snapshots.start();
        return this;
    }

    void refresh() {
        snapshots.refresh();
    }

    private void failed(RuntimeException e) {
        log.warn("Could not refresh the gatehouse_ metrics ({}); serving the snapshot taken at {}", e.toString(),
                last.get().takenAt());
    }

    @Override
    public void close() {
        snapshots.close();
    }
}
