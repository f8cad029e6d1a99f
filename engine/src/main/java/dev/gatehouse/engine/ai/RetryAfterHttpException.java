package dev.gatehouse.engine.ai;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * An HTTP error that keeps the server's {@code Retry-After}. LangChain4j maps it to its own
 * exceptions (RateLimitException, InternalServerException…) with this as the root cause.
 */
public final class RetryAfterHttpException extends HttpException {
    private final transient Duration retryAfter;

    public RetryAfterHttpException(int statusCode, String message, Duration retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
