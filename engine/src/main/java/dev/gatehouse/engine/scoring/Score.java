package dev.gatehouse.engine.scoring;

import java.util.List;
import java.util.Objects;

/**
 * An account's score against one ICP version, 0..100, with the breakdown a reviewer reads.
 * {@code fit}, {@code signal} and {@code semantic} are the points each part contributed.
 */
public record Score(long accountId, int icpVersion, int total, double fit, double signal, double semantic,
                    List<Reason> reasons) {
    public Score {
        if (total < 0 || total > 100) throw new IllegalArgumentException("total must be within 0..100");
        reasons = List.copyOf(Objects.requireNonNullElse(reasons, List.of()));
    }

    /** One line of the breakdown: what counted and how many points it gave (negative for a penalty). */
    public record Reason(String part, String text, double points) {
        public Reason {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(text, "text");
        }
    }
}
