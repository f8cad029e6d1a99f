package dev.gatehouse.engine.verify;

import java.util.Objects;

/** One claim the verifier could not ground, and why. */
public record Problem(String claim, String reason) {
    public Problem {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(reason, "reason");
    }
}
