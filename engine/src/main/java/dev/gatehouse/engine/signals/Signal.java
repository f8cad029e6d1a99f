package dev.gatehouse.engine.signals;

import java.time.Instant;
import java.util.Objects;

/** A stored signal: the only ground, with approved proof points, that a draft may stand on. */
public record Signal(long id, long accountId, Long contactId, SignalKind kind, String summary,
                     String sourceUrl, Instant observedAt) {
    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
