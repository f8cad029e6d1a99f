package dev.gatehouse.bot.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AfterAckTest {
    private AfterAck pool;

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void work_waits_while_an_ack_is_in_flight_and_runs_once_it_is_done() throws Exception {
        pool = new AfterAck(2, Duration.ofSeconds(30));
        var ran = new CountDownLatch(1);

        pool.ackStarted();
        pool.submit(ran::countDown);

        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
        pool.ackDone();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void work_is_held_back_no_longer_than_the_hold_even_if_acks_never_stop() throws Exception {
        pool = new AfterAck(1, Duration.ofMillis(200));
        var ran = new CountDownLatch(1);

        pool.ackStarted();
        pool.submit(ran::countDown);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void with_no_ack_in_flight_work_runs_at_once_and_every_task_runs() throws Exception {
        pool = new AfterAck(2, Duration.ofSeconds(30));
        var ran = new CountDownLatch(50);

        for (int i = 0; i < 50; i++) pool.execute(ran::countDown);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutting_down_stops_holding_so_queued_work_still_finishes() throws Exception {
        pool = new AfterAck(1, Duration.ofSeconds(30));
        var ran = new CountDownLatch(1);
        pool.ackStarted();
        pool.submit(ran::countDown);

        pool.shutdown();

        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.getCount()).isZero();
    }

    @Test
    void tracked_work_is_finished_only_when_the_tasks_it_queued_and_theirs_have_run() throws Exception {
        pool = new AfterAck(2, Duration.ofSeconds(30));
        var decide = new CountDownLatch(1);
        var told = new java.util.concurrent.atomic.AtomicBoolean();

        var tracked = pool.tracked(() -> {
            pool.submit(() -> {
                decide.await();
                pool.submit(() -> told.set(true));
                return null;
            });
            return "ack";
        });

        assertThat(tracked.result()).isEqualTo("ack");
        assertThat(tracked.finished()).isNotDone();
        decide.countDown();
        tracked.finished().get(5, TimeUnit.SECONDS);
        assertThat(told).isTrue();
    }

    @Test
    void tracked_work_that_queued_nothing_is_finished_when_it_returns_and_other_work_is_not_counted() throws Exception {
        pool = new AfterAck(1, Duration.ofSeconds(30));
        var never = new CountDownLatch(1);
        pool.submit(() -> {
            never.await();
            return null;
        });

        var tracked = pool.tracked(() -> 42);

        assertThat(tracked.finished()).isCompleted();
        never.countDown();
    }
}
