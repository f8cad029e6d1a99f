package dev.gatehouse.engine.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The plan for the rest of a goal's period. {@code reachable} is false when even working the
 * daily cap every remaining business day is expected to fall short; {@code expected} is the
 * outcome the plan is expected to add.
 */
public record GoalPlan(Goal goal, List<DailyPlan> days, boolean reachable, int accountsNeeded, double expected,
                       String summary) {
    public GoalPlan {
        Objects.requireNonNull(goal, "goal");
        days = List.copyOf(days);
        Objects.requireNonNull(summary, "summary");
    }

    public int totalAccounts() {
        return days.stream().mapToInt(DailyPlan::newAccountsToWork).sum();
    }
}
