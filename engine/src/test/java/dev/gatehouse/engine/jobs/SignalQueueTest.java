package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals an import stores are queued in batches on a real PostgreSQL, and each is processed once. */
class SignalQueueTest {
    @Test
    void every_signal_queued_in_a_batch_is_processed_once() throws Exception {
        TestDatabase.fresh();
        var processed = ConcurrentHashMap.<Long>newKeySet();
        var twice = ConcurrentHashMap.<Long>newKeySet();
        var ids = LongStream.rangeClosed(1, 5_500).boxed().toList(); // more than one batch
        try (var jobs = new Jobs(TestDatabase.shared().dataSource(), Duration.ofMillis(100), Duration.ofHours(1))) {
            jobs.processNewSignalsLater(ids);
            jobs.start(handlers(processed, twice));

            var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (processed.size() < ids.size() && System.nanoTime() < deadline) Thread.sleep(50);
        }

        assertThat(processed).hasSize(ids.size());
        assertThat(twice).isEmpty();
    }

    private static JobHandlers handlers(Set<Long> processed, Set<Long> twice) {
        return new JobHandlers() {
            public void processSignal(long signalId) {
                if (!processed.add(signalId)) twice.add(signalId);
            }

            public void sendOutbox(long outboxId) {
            }

            public void draftFollowUp(long threadTouchId, int step) {
            }

            public void sweep() {
            }
        };
    }
}
