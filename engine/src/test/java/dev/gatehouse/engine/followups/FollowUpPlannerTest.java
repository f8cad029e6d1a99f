package dev.gatehouse.engine.followups;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpPlannerTest {
    private static final Instant SENT = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    void plans_one_step_per_configured_day_counted_from_the_first_send() {
        var planner = FollowUpPlanner.fromEnv(Map.of("FOLLOWUP_DAYS", "2, 5"));

        assertThat(planner.plan(SENT)).containsExactly(
                new FollowUpPlanner.Step(1, Instant.parse("2026-11-18T09:00:00Z")),
                new FollowUpPlanner.Step(2, Instant.parse("2026-11-21T09:00:00Z")));
    }

    @Test
    void defaults_to_three_seven_fourteen() {
        assertThat(FollowUpPlanner.fromEnv(Map.of()).days()).containsExactly(3, 7, 14);
    }

    @Test
    void off_plans_nothing() {
        assertThat(FollowUpPlanner.fromEnv(Map.of("FOLLOWUP_DAYS", "off")).plan(SENT)).isEmpty();
    }

    @Test
    void rejects_days_that_do_not_increase() {
        assertThatThrownBy(() -> FollowUpPlanner.fromEnv(Map.of("FOLLOWUP_DAYS", "7,3")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_words() {
        assertThatThrownBy(() -> FollowUpPlanner.fromEnv(Map.of("FOLLOWUP_DAYS", "soon")))
                .hasMessageContaining("FOLLOWUP_DAYS");
    }
}
