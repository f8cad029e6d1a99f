package dev.gatehouse.engine.ai;

import io.github.resilience4j.retry.Retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Model attempts under a {@link RetryPolicy} (Resilience4j), for every writer that falls back when they run out. */
final class Retrying {
    private final Retry retry;

    Retrying(RetryPolicy policy, UnaryOperator<Duration> waits, DoubleSupplier random) {
        this.retry = policy.retry(waits, random);
    }

    /**
     * Attempts until one is written, a failure is not worth retrying, or the policy is spent, and
     * returns the last attempt. {@code attempt} is told whether an earlier attempt failed.
     */
    Attempt run(Function<Boolean, Attempt> attempt) {
        var attempts = new ArrayList<Attempt>();
        try {
            retry.executeSupplier(() -> {
                var made = attempt.apply(!attempts.isEmpty());
                attempts.add(made);
                return made;
            });
        } catch (CancellationException interrupted) {
            // the wait before a retry was interrupted (the flag stays set): the caller falls back
        }
        return attempts.getLast();
    }
}
