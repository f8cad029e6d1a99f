package dev.gatehouse.engine.scoring;

import java.time.LocalDate;
import java.util.Objects;

/** How many new accounts to start working on one business day, and why. */
public record DailyPlan(LocalDate date, int newAccountsToWork, String reasoning) {
    public DailyPlan {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reasoning, "reasoning");
        if (newAccountsToWork < 0) throw new IllegalArgumentException("newAccountsToWork must be >= 0");
    }
}
