package dev.gatehouse.engine.inbox;

import java.util.concurrent.CompletionStage;

/**
 * What processing a request gave at once ({@code result}, e.g. the answer a modal submission
 * waits for) and when everything it started has finished ({@code finished}).
 */
public record Handled<T>(T result, CompletionStage<?> finished) {
}
