package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BounceCircuitBreakerTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private final BounceCircuitBreaker breaker = new BounceCircuitBreaker(50, 3, 0.05);

    /** Sends one per minute from START; the listed indexes hard-bounced. */
    private static List<MailboxState.RecentSend> sends(int count, int... bouncedIndexes) {
        List<MailboxState.RecentSend> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final int index = i;
            boolean bounced = Arrays.stream(bouncedIndexes).anyMatch(b -> b == index);
            sends.add(new MailboxState.RecentSend(START.plusSeconds(60L * i), bounced));
        }
        return sends;
    }

    private static MailboxState state(List<MailboxState.RecentSend> sends, Instant resetAt) {
        return new MailboxState("ana@gatehouse.test", 0, null, sends, resetAt);
    }

    @Test
    void three_hard_bounces_in_fifty_sends_pause_the_mailbox() {
        assertThat(breaker.check(state(sends(50, 3, 20, 41), null)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("3 hard bounces", "ana@gatehouse.test"));
    }

    @Test
    void two_hard_bounces_do_not_pause() {
        assertThat(breaker.check(state(sends(50, 3, 20), null))).isEmpty();
    }

    @Test
    void bounces_older_than_the_window_do_not_count() {
        assertThat(breaker.check(state(sends(80, 1, 2, 3), null))).isEmpty();
    }

    @Test
    void manual_reset_closes_the_breaker() {
        MailboxState tripped = state(sends(10, 7, 8, 9), null);
        Instant resetAfterLastSend = START.plusSeconds(60L * 10);

        assertThat(breaker.check(tripped)).isPresent();
        assertThat(breaker.check(state(tripped.recentSends(), resetAfterLastSend))).isEmpty();
    }

    @Test
    void rate_gate_keeps_a_large_window_from_tripping_on_a_low_rate() {
        BounceCircuitBreaker wide = new BounceCircuitBreaker(200, 3, 0.05);

        assertThat(wide.check(state(sends(200, 10, 90, 150), null))).isEmpty();
        assertThat(wide.check(state(sends(40, 10, 20, 30), null))).isPresent();
    }
}
