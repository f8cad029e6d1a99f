package dev.gatehouse.engine.replies;

import java.time.Instant;
import java.util.List;

/**
 * What Gatehouse did about a reply and who handled it since; {@code handledAs} ("dismissed" or
 * "replied"), {@code handledBy}, {@code handledAt} and {@code handledTouchId} are null until a person acts.
 */
public record ReplyHandling(List<String> actionsTaken, Long proposedTouchId, String handledAs, String handledBy,
                            Instant handledAt, Long handledTouchId) {
    public ReplyHandling {
        actionsTaken = List.copyOf(actionsTaken);
    }

    public boolean handled() {
        return handledAt != null;
    }
}
