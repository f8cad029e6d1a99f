package dev.gatehouse.engine.ai;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One metered call to a model (or, with outcome {@code FALLBACK}, the moment we gave up on it).
 * {@code priced} is false when the price table does not know the model; the cost is then 0.
 */
public record LlmCall(String purpose, String provider, String model, int tokensIn, int tokensOut,
                      BigDecimal costUsd, boolean priced, long latencyMs, Outcome outcome) {

    public enum Outcome {
        /** Answered well on the first attempt. */
        OK,
        /** Answered well after at least one failed attempt. */
        RETRIED,
        /** The attempt failed (HTTP error, timeout); another attempt or the fallback follows. */
        FAILED,
        /** The model answered, but not with the JSON we asked for. */
        MALFORMED,
        /** We stopped trying the model and used the fallback writer. */
        FALLBACK;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LlmCall {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(provider, "provider");
        model = Objects.requireNonNullElse(model, "");
        if (tokensIn < 0 || tokensOut < 0) throw new IllegalArgumentException("token counts must not be negative");
        costUsd = Objects.requireNonNullElse(costUsd, BigDecimal.ZERO);
        if (latencyMs < 0) throw new IllegalArgumentException("latencyMs must not be negative");
        Objects.requireNonNull(outcome, "outcome");
    }
}
