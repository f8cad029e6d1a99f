package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.writing.Draft;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one call to the model gave: a draft, or a classified failure. Both carry the tokens spent. */
public sealed interface Attempt {
    int tokensIn();

    int tokensOut();

    long latencyMs();

    record Written(Draft draft, int tokensIn, int tokensOut, long latencyMs) implements Attempt {
        public Written {
            Objects.requireNonNull(draft, "draft");
        }
    }

    record Failed(Failure failure, String detail, Optional<Duration> retryAfter, int tokensIn, int tokensOut,
                  long latencyMs) implements Attempt {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            detail = Objects.requireNonNullElse(detail, "");
            retryAfter = Objects.requireNonNullElse(retryAfter, Optional.empty());
        }
    }

    enum Failure {
        /** HTTP 429. */
        RATE_LIMITED(true),
        /** HTTP 5xx or the server could not be reached. */
        UNAVAILABLE(true),
        /** No answer within the configured timeout. */
        TIMEOUT(true),
        /** An answer that is not the JSON we asked for: retrying rarely helps, so we fall back. */
        MALFORMED(false),
        /** 4xx other than 429 (bad key, unknown model, bad request): retrying cannot help. */
        REJECTED(false);

        private final boolean retriable;

        Failure(boolean retriable) {
            this.retriable = retriable;
        }

        public boolean retriable() {
            return retriable;
        }
    }
}
