package dev.gatehouse.engine.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GoalPlannerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private static final Goal TEN_MEETINGS = new Goal(Goal.Metric.MEETINGS, 10, MONDAY, MONDAY.plusDays(4));
    private final GoalPlanner planner = new GoalPlanner(GoalPlanner.Settings.DEFAULTS.withDailyCap(200));

    @Test
    void default_rates_apply_until_enough_accounts_were_contacted() {
        var few = new FunnelRates(40, 10, 5);

        var plan = planner.plan(TEN_MEETINGS, 0, few, MONDAY);

        assertThat(plan.reachable()).isTrue();
        assertThat(plan.accountsNeeded()).isEqualTo(667); // 10 / (5 % reply × 30 % meeting)
        assertThat(plan.days()).extracting(DailyPlan::newAccountsToWork).containsExactly(134, 134, 133, 133, 133);
        assertThat(plan.days().getFirst().reasoning()).contains("5% reply default", "30% reply→meeting default");
    }

    @Test
    void observed_rates_replace_defaults_once_there_are_enough_observations() {
        var observed = new FunnelRates(200, 30, 12);

        var plan = planner.plan(TEN_MEETINGS, 0, observed, MONDAY);

        assertThat(plan.accountsNeeded()).isEqualTo(167); // 10 / (15 % × 40 %)
        assertThat(plan.totalAccounts()).isEqualTo(167);
        assertThat(plan.summary()).contains("15% reply observed", "40% reply→meeting observed");
    }

    @Test
    void goal_beyond_the_daily_cap_is_reported_unreachable() {
        var capped = new GoalPlanner(GoalPlanner.Settings.DEFAULTS.withDailyCap(50));

        var plan = capped.plan(TEN_MEETINGS, 0, FunnelRates.NONE, MONDAY);

        assertThat(plan.reachable()).isFalse();
        assertThat(plan.days()).extracting(DailyPlan::newAccountsToWork).containsOnly(50);
        assertThat(plan.expected()).isCloseTo(250 * 0.015, within(1e-9));
        assertThat(plan.summary()).startsWith("Unreachable within the daily cap of 50").contains("3.8 meetings");
    }

    @Test
    void plans_only_remaining_business_days_for_what_is_still_missing() {
        var wholeWeek = new Goal(Goal.Metric.REPLIES, 12, MONDAY, MONDAY.plusDays(6));
        var thursday = MONDAY.plusDays(3);

        var plan = planner.plan(wholeWeek, 7, FunnelRates.NONE, thursday);

        assertThat(plan.days()).extracting(DailyPlan::date).containsExactly(thursday, thursday.plusDays(1));
        assertThat(plan.accountsNeeded()).isEqualTo(100); // 5 more replies at 5 %
        assertThat(plan.days()).extracting(DailyPlan::newAccountsToWork).containsExactly(50, 50);
    }

    @Test
    void met_goal_needs_no_more_accounts() {
        var plan = planner.plan(TEN_MEETINGS, 11, FunnelRates.NONE, MONDAY.plusDays(2));

        assertThat(plan.days()).isEmpty();
        assertThat(plan.reachable()).isTrue();
        assertThat(plan.summary()).startsWith("Goal met: 11 of 10 meetings");
    }

    @Test
    void period_without_business_days_left_is_unreachable() {
        var plan = planner.plan(TEN_MEETINGS, 2, FunnelRates.NONE, MONDAY.plusDays(5));

        assertThat(plan.reachable()).isFalse();
        assertThat(plan.summary()).contains("8 more meetings needed", "no business days left");
    }
}
