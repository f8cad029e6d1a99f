package dev.gatehouse.engine.plan;

import java.time.Instant;
import java.util.Optional;

/** One re-score of the stale accounts: why it ran, how many it found, how many are done, when it started and ended. */
public record RescoreRun(long id, String reason, int total, int done, Instant started, Optional<Instant> finished) {
    public boolean running() {
        return finished.isEmpty();
    }
}
