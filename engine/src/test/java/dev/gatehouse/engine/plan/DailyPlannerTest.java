package dev.gatehouse.engine.plan;

import dev.gatehouse.engine.playbook.Goal;
import dev.gatehouse.engine.playbook.GoalMetric;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Goal → first emails a day → accounts to draft today, with the rates it assumes and why. */
class DailyPlannerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final FunnelRates STATED = new FunnelRates(0.10, 0.50, 0.5, 0.8);
    private final DailyPlanner planner = new DailyPlanner(PlanSettings.DEFAULTS.withPriors(STATED));

    private static Goal goal(GoalMetric metric, int target) {
        return new Goal(1, metric, target, MONDAY, MONDAY.plusDays(4), "U0MGR");
    }

    @Test
    void ten_meetings_this_week_with_stated_rates_needs_fifty_accounts_a_day() {
        var plan = planner.plan(List.of(goal(GoalMetric.MEETINGS, 10)), Map.of(), Observed.NONE, MONDAY);

        // 10 ÷ (10 % × 50 %) = 200 first emails over 5 days = 40 a day; ÷ 80 % approved = 50 accounts
        assertThat(plan.firstEmailsPerDay()).isEqualTo(40);
        assertThat(plan.budget()).isEqualTo(50);
        assertThat(plan.daysLeft()).isEqualTo(5);
        assertThat(plan.rates().observed()).isFalse();
        assertThat(plan.rates().why()).contains("stated rates", "0 first emails", "fewer than the 30");
        assertThat(plan.basis()).contains("10 more ÷ 5% per first email (10% reply × 50% reply→meeting) = 200 first emails",
                "40 first emails a day", "50 accounts to draft a day");
    }

    @Test
    void what_is_achieved_and_the_days_gone_replan_the_rest() {
        // Thursday, 4 meetings booked: 6 more over 2 days = 60 emails a day = 75 accounts
        var plan = planner.plan(List.of(goal(GoalMetric.MEETINGS, 10)), Map.of(1L, 4), Observed.NONE, MONDAY.plusDays(3));

        assertThat(plan.daysLeft()).isEqualTo(2);
        assertThat(plan.budget()).isEqualTo(75);
    }

    @Test
    void the_teams_own_rates_are_used_once_it_has_sent_thirty_first_emails() {
        // 40 sent, 8 replied (20 %), 4 met (50 %), approval 40 of 50 (80 %)
        var observed = new Observed(50, 40, 40, 8, 4, 2);

        var plan = planner.plan(List.of(goal(GoalMetric.MEETINGS, 10)), Map.of(), observed, MONDAY);

        assertThat(plan.rates().observed()).isTrue();
        assertThat(plan.rates().rates().reply()).isEqualTo(0.2);
        assertThat(plan.rates().why()).contains("the team's own rates from 40 first emails");
        // 10 ÷ 10 % = 100 emails, 20 a day, 25 accounts
        assertThat(plan.budget()).isEqualTo(25);
    }

    @Test
    void twenty_nine_first_emails_are_not_enough_to_trust() {
        var plan = planner.plan(List.of(goal(GoalMetric.REPLIES, 10)), Map.of(), new Observed(29, 29, 29, 29, 0, 0), MONDAY);

        assertThat(plan.rates().observed()).isFalse();
        assertThat(plan.rates().why()).contains("29 first emails");
    }

    @Test
    void without_a_goal_the_budget_is_the_setting_and_the_plan_says_so() {
        var plan = planner.plan(List.of(), Map.of(), Observed.NONE, MONDAY);

        assertThat(plan.goal()).isEmpty();
        assertThat(plan.budget()).isEqualTo(PlanSettings.DEFAULTS.budgetWithoutGoal());
        assertThat(plan.basis()).contains("No goal set", "/goal 10 meetings this week");
    }

    @Test
    void a_goal_met_drafts_nothing_more_for_it() {
        var plan = planner.plan(List.of(goal(GoalMetric.MEETINGS, 10)), Map.of(1L, 10), Observed.NONE, MONDAY);

        assertThat(plan.budget()).isZero();
        assertThat(plan.basis()).contains("goal met");
    }

    @Test
    void the_goal_needing_most_work_sets_the_budget() {
        var replies = new Goal(2, GoalMetric.REPLIES, 5, MONDAY, MONDAY.plusDays(4), "U0MGR");
        var plan = planner.plan(List.of(replies, goal(GoalMetric.MEETINGS, 10)), Map.of(), Observed.NONE, MONDAY);

        assertThat(plan.goal().orElseThrow().metric()).isEqualTo(GoalMetric.MEETINGS);
    }
}
