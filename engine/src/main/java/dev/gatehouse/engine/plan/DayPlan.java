package dev.gatehouse.engine.plan;

import dev.gatehouse.engine.playbook.Goal;

import java.util.Optional;

/**
 * Today's plan: the goal it serves (none: the budget without a goal), what the goal has so far,
 * the rates it assumes, the business days left, the first emails a day the goal needs and the
 * accounts to draft today (the budget), with the sum in words.
 */
public record DayPlan(Optional<Goal> goal, int achieved, RateChoice rates, int daysLeft, int firstEmailsPerDay,
                      int budget, String basis) {
    public DayPlan {
        if (budget < 0 || firstEmailsPerDay < 0 || achieved < 0) throw new IllegalArgumentException("counts must be >= 0");
    }
}
