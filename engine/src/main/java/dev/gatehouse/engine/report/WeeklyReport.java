package dev.gatehouse.engine.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the report, the digest and {@code /metrics} show for one week (Monday to Monday in
 * the team's time zone). The funnel follows the first emails drafted that week to what happened
 * to them since; signals and qualified accounts are what arrived that week.
 */
public record WeeklyReport(LocalDate weekStart, Instant from, Instant to, long signals, long accountsQualified,
                           Funnel total, List<Funnel> byRep, List<Funnel> bySegment, GateNumbers gate, Cost cost,
                           Comparison writers, Comparison scoreBands, Optional<Experiment> experiment) {

    /** The gate experiment's state and its arms compared over every account assigned so far. */
    public record Experiment(long id, int gateOffPercent, Instant startedAt, Instant stoppedAt, long accountsAssigned,
                             Comparison arms) {
        public boolean running() {
            return stoppedAt == null;
        }
    }
}
