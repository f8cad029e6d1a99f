package dev.gatehouse.engine.outcomes;

import java.time.Instant;

/** One gate experiment: {@code gateOffPercent} of newly eligible accounts go gate off; running while {@code stoppedAt} is null. */
public record Experiment(long id, int gateOffPercent, String startedBy, Instant startedAt, String stoppedBy,
                         Instant stoppedAt) {
    public boolean running() {
        return stoppedAt == null;
    }
}
