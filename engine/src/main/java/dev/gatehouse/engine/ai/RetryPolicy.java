package dev.gatehouse.engine.ai;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * How often and how long to wait before trying the model again, as a Resilience4j retry. Rate
 * limits, 5xx and timeouts are retried; a malformed answer or a rejected request is not. Backoff
 * doubles from {@code baseDelay} up to {@code maxDelay}; {@code jitter} (0..1) takes up to that
 * fraction off at random so many workers do not retry in step. A server's Retry-After wins, unless
 * it is longer than {@code maxDelay}: then waiting would stall the pipeline, and the fallback
 * writer is better.
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
     * The retry around one model call. {@code waits} turns each planned wait into the one the
     * library sleeps (the identity in production; tests record the plan and skip the sleep);
     * {@code random} is in [0, 1).
     */
    Retry retry(UnaryOperator<Duration> waits, DoubleSupplier random) {
        RetryConfig config = RetryConfig.<Attempt>custom()
                .maxAttempts(maxRetries + 1)
                .retryOnResult(attempt -> attempt instanceof Attempt.Failed failed && failed.failure().retriable()
                        && worthWaitingFor(failed.retryAfter()))
                .retryOnException(error -> false)
                .intervalBiFunction((Integer retry, Either<Throwable, Attempt> last) ->
                        waits.apply(delayBefore(retry, retryAfter(last), random.getAsDouble())).toMillis())
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of("llm", config);
    }

    /** False for a Retry-After beyond {@code maxDelay}: better to fall back than to wait that long. */
    boolean worthWaitingFor(Optional<Duration> retryAfter) {
        return retryAfter.map(wait -> wait.compareTo(maxDelay) <= 0).orElse(true);
    }

    /** The wait before retry number {@code retry} (1 for the first retry); {@code random} is in [0, 1). */
    Duration delayBefore(int retry, Optional<Duration> retryAfter, double random) {
        if (retry < 1) throw new IllegalArgumentException("retry counts from 1");
        if (retryAfter.isPresent()) return retryAfter.get();
        long capped = IntervalFunction.ofExponentialBackoff(baseDelay, 2, maxDelay).apply(retry);
        return Duration.ofMillis(Math.round(capped * (1 - jitter * random)));
    }

    private static Optional<Duration> retryAfter(Either<Throwable, Attempt> last) {
        return last.isRight() && last.get() instanceof Attempt.Failed failed ? failed.retryAfter() : Optional.empty();
    }
}
