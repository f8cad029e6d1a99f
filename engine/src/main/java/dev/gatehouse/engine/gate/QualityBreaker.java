package dev.gatehouse.engine.gate;

import java.util.List;
import java.util.Optional;

/**
 * Drops a supervised action type back to copilot when reviewers flag too much of what it sent:
 * among the newest {@code window} sampled actions (newest first, since its level was last set),
 * {@code flags} or more flagged trips it. With the defaults that is 3 flags in the last 30 samples.
 */
public record QualityBreaker(int flags, int window) {
    public QualityBreaker {
        if (window < 1 || flags < 1 || flags > window) throw new IllegalArgumentException("need 1 <= flags <= window");
    }

    /** The flagged touches that trip it, or empty when the type may stay supervised. */
    public Optional<List<Long>> check(List<Sample> newestFirst) {
        var flagged = newestFirst.stream().limit(window).filter(Sample::flagged).map(Sample::touchId).toList();
        return flagged.size() >= flags ? Optional.of(flagged) : Optional.empty();
    }
}
