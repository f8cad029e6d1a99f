package dev.gatehouse.engine.ai;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Sorts what a provider threw into an {@link Attempt.Failure}, keeping any Retry-After. */
final class Failures {
    private Failures() {
    }

    static Attempt.Failed classify(Throwable error, long latencyMs) {
        Optional<Duration> retryAfter = Optional.empty();
        Integer status = null;
        boolean timeout = false;
        boolean rateLimited = false;
        boolean serverError = false;
        boolean io = false;
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryAfterHttpException r && r.retryAfter().isPresent()) retryAfter = r.retryAfter();
            if (t instanceof HttpException h && status == null) status = h.statusCode();
            timeout |= t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException;
            rateLimited |= t instanceof RateLimitException;
            serverError |= t instanceof InternalServerException;
            io |= t instanceof IOException;
        }
        Attempt.Failure failure;
        if (rateLimited || Integer.valueOf(429).equals(status)) failure = Attempt.Failure.RATE_LIMITED;
        else if (timeout || Integer.valueOf(408).equals(status)) failure = Attempt.Failure.TIMEOUT;
        else if (serverError || (status != null && status >= 500) || (status == null && io)) {
            failure = Attempt.Failure.UNAVAILABLE;
        } else failure = Attempt.Failure.REJECTED;
        var detail = error.getClass().getSimpleName() + (status == null ? "" : " (HTTP " + status + ")");
        return new Attempt.Failed(failure, detail, retryAfter, 0, 0, latencyMs);
    }
}
