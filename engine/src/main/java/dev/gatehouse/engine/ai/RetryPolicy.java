package dev.gatehouse.engine.ai;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how long to wait before trying the model again. Backoff doubles from
 * {@code baseDelay} up to {@code maxDelay}; {@code jitter} (0..1) takes up to that fraction off at
 * random so many workers do not retry in step. A server's Retry-After wins, unless it is longer
 * than {@code maxDelay}: then waiting would stall the pipeline, and the fallback writer is better.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, double jitter) {
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(20);

    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must not be negative");
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
        if (jitter < 0 || jitter > 1) throw new IllegalArgumentException("jitter must be within 0..1");
    }

    public static RetryPolicy from(LlmConfig config) {
        return new RetryPolicy(config.maxRetries(), DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, 0.5);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry), or empty when we should
     * not wait that long. {@code random} is in [0, 1).
     */
    public Optional<Duration> delayBefore(int retry, Optional<Duration> retryAfter, double random) {
        if (retry < 1) throw new IllegalArgumentException("retry counts from 1");
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxDelay) > 0 ? Optional.empty() : retryAfter;
        }
        long base = baseDelay.toMillis();
        long exponential = retry > 32 ? Long.MAX_VALUE : base * (1L << Math.min(retry - 1, 30));
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxDelay.toMillis());
        return Optional.of(Duration.ofMillis(Math.round(capped * (1 - jitter * random))));
    }
}
