package dev.gatehouse.engine.inbox;

import java.util.concurrent.CompletionStage;

/**
 * Processes one kind of stored request. It may hand work on to other threads; the row is marked
 * done when the returned stage completes, and opened for a retry when it fails (or when the
 * handler throws).
 */
@FunctionalInterface
public interface InboxHandler {
    CompletionStage<?> handle(StoredRequest request);
}
