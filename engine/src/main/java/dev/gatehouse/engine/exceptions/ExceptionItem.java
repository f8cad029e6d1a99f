package dev.gatehouse.engine.exceptions;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the pipeline leaves to a person, in the exceptions queue: what it is about
 * ({@code subjectType} and {@code subjectId}: an account, a touch, a reply), the account's owner
 * (may be null), what to do, its state and who moved it there last, and where its message is
 * ({@code channel} and {@code ts}, null until posted).
 */
public record ExceptionItem(long id, ExceptionKind kind, String subjectType, String subjectId, Long accountId,
                            String owner, String summary, ExceptionState state, String assignee,
                            Instant snoozedUntil, String dismissReason, String updatedBy, Instant createdAt,
                            String channel, String ts) {
    public ExceptionItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean posted() {
        return channel != null && ts != null;
    }
}
