package dev.gatehouse.engine.gate;


import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An action sent under supervised autonomy that was sampled for after-the-fact review, and the
 * review once someone gave it ({@code verdict}, {@code reviewer}, {@code reason} and
 * {@code reviewedAt} are null until then; {@code reason} is a flag's).
 */
public record Sample(long touchId, ActionType type, int samplePercent, Instant sampledAt, SampleVerdict verdict,
                     String reviewer, String reason, Instant reviewedAt) {
    public Sample {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sampledAt, "sampledAt");
    }

    public boolean flagged() {
        return verdict == SampleVerdict.FLAGGED;
    }

    public Optional<SampleVerdict> reviewed() {
        return Optional.ofNullable(verdict);
    }
}
