package dev.gatehouse.engine.ai;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(3), 0.5);

    @Test
    void backoff_doubles_up_to_the_cap() {
        assertThat(policy.delayBefore(1, Optional.empty(), 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayBefore(2, Optional.empty(), 0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.delayBefore(3, Optional.empty(), 0)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.delayBefore(4, Optional.empty(), 0)).isEqualTo(Duration.ofMillis(3000));
        assertThat(policy.delayBefore(60, Optional.empty(), 0)).isEqualTo(Duration.ofMillis(3000));
    }

    @Test
    void jitter_takes_off_at_most_its_fraction() {
        assertThat(policy.delayBefore(2, Optional.empty(), 0.999))
                .isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void retry_after_replaces_the_backoff() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(2)), 0.7)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retry_after_beyond_the_cap_means_do_not_wait() {
        assertThat(policy.worthWaitingFor(Optional.of(Duration.ofSeconds(60)))).isFalse();
        assertThat(policy.worthWaitingFor(Optional.of(Duration.ofSeconds(3)))).isTrue();
        assertThat(policy.worthWaitingFor(Optional.empty())).isTrue();
    }
}
