package dev.gatehouse.bot.slack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GoalPeriodTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    @Test
    void this_week_runs_monday_to_sunday() {
        assertThat(GoalPeriod.parse("this week", WEDNESDAY))
                .contains(new GoalPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void no_period_means_this_week() {
        assertThat(GoalPeriod.parse(null, WEDNESDAY)).isEqualTo(GoalPeriod.parse("This  Week", WEDNESDAY));
    }

    @Test
    void this_month_runs_to_the_last_day() {
        assertThat(GoalPeriod.parse("this month", WEDNESDAY))
                .contains(new GoalPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void unknown_period_is_empty() {
        assertThat(GoalPeriod.parse("by friday", WEDNESDAY)).isEmpty();
    }
}
