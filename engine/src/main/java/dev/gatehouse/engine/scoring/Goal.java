package dev.gatehouse.engine.scoring;

import java.time.LocalDate;
import java.util.Objects;

/** A manager's target for a period, e.g. 10 meetings between Monday and Friday (both inclusive). */
public record Goal(Metric metric, int target, LocalDate periodStart, LocalDate periodEnd) {
    public Goal {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (target <= 0) throw new IllegalArgumentException("target must be positive");
        if (periodEnd.isBefore(periodStart)) throw new IllegalArgumentException("period ends before it starts");
    }

    /** What the goal counts. Each is one step further down the funnel from a contacted account. */
    public enum Metric {
        ACCOUNTS_CONTACTED("accounts contacted"), REPLIES("replies"), MEETINGS("meetings");

        private final String label;

        Metric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
