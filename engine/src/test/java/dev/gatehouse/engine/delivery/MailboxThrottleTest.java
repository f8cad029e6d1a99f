package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MailboxThrottleTest {
    private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    private static final long SEED = 42;

    private static MailboxThrottle throttle(long seed) {
        return new MailboxThrottle(40, Duration.ofSeconds(90), Duration.ofSeconds(60), ZoneOffset.UTC,
                new SplittableRandom(seed));
    }

    private static MailboxState state(int sentToday, Instant lastSentAt) {
        return new MailboxState("ana@gatehouse.test", sentToday, lastSentAt, List.of(), null);
    }

    @Test
    void idle_mailbox_may_send_now() {
        assertThat(throttle(SEED).nextSlot(state(0, null), NOW)).isEqualTo(NOW);
    }

    @Test
    void recent_send_waits_spacing_plus_seeded_jitter() {
        long jitterMillis = new SplittableRandom(SEED).nextLong(60_001);
        Instant last = NOW.minusSeconds(30);

        Instant slot = throttle(SEED).nextSlot(state(5, last), NOW);

        assertThat(slot).isEqualTo(last.plusSeconds(90).plusMillis(jitterMillis));
    }

    @Test
    void jitter_stays_within_its_bound() {
        Instant last = NOW.minusSeconds(10);
        for (long seed = 0; seed < 200; seed++) {
            Instant slot = throttle(seed).nextSlot(state(5, last), NOW);

            assertThat(slot).isBetween(last.plusSeconds(90), last.plusSeconds(150));
        }
    }

    @Test
    void old_last_send_does_not_delay() {
        assertThat(throttle(SEED).nextSlot(state(5, NOW.minusSeconds(3600)), NOW)).isEqualTo(NOW);
    }

    @Test
    void daily_cap_moves_to_the_next_day() {
        Instant slot = throttle(SEED).nextSlot(state(40, NOW.minusSeconds(3600)), NOW);

        assertThat(slot).isBetween(Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-03-04T00:01:00Z"));
    }
}
