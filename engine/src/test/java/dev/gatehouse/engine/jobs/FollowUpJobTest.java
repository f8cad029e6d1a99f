package dev.gatehouse.engine.jobs;

import dev.gatehouse.engine.followups.FollowUpPlanner;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.writing.Guardrails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpJobTest {
    @Test
    void a_scheduled_step_is_drafted_by_the_durable_job() throws Exception {
        var world = new InboundWorld(reply -> {
            throw new AssertionError("no triage here");
        });
        world.sendFirstTouch();
        var dataSource = TestDatabase.shared().dataSource();
        var jobs = new Jobs(dataSource, Duration.ofMillis(200), Duration.ofHours(1));
        var followUps = new FollowUps(world.stores, world.touches, ReviewNotifier.NONE,
                Guardrails.DEFAULT, new FollowUpPlanner(List.of(3, 7, 14)), jobs::draftFollowUpAt, world.clock);
        world.clock.advance(Duration.ofDays(3));
        jobs.draftFollowUpAt(world.seeded.touchId(), 1, Instant.now());
        jobs.start(new JobHandlers() {
            public void processSignal(long signalId) {
            }

            public void sendOutbox(long outboxId) {
            }

            public void draftFollowUp(long threadTouchId, int step) {
                followUps.draftDue(threadTouchId, step);
            }

            public void sweep() {
            }
        });
        try {
            var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && followUpCount(world) == 0) Thread.sleep(100);
        } finally {
            jobs.close();
        }

        assertThat(followUpCount(world)).isEqualTo(1);
    }

    private static long followUpCount(InboundWorld world) {
        return world.stores.touches().forAccount(world.seeded.accountId()).stream()
                .filter(t -> t.kind() == TouchKind.FOLLOW_UP).count();
    }
}
