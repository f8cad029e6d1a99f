package dev.gatehouse.engine.playbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A manager's target for one metric over the days {@code start..end} inclusive (UTC dates). A
 * newer goal for the same metric and period replaces the older one.
 */
public record Goal(long id, GoalMetric metric, int target, LocalDate start, LocalDate end, String author) {
    public Goal {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (target <= 0) throw new IllegalArgumentException("target must be positive");
        if (end.isBefore(start)) throw new IllegalArgumentException("a goal's period must not end before it starts");
    }
}
