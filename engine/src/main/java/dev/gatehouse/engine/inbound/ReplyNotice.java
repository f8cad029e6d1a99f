package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.ReplyLabel;

import java.util.List;
import java.util.Objects;

/**
 * One handled reply: its label and confidence, what Gatehouse did about it, and the touch or
 * meeting it proposed or booked (null when none).
 */
public record ReplyNotice(long replyId, Long threadTouchId, Long accountId, String ownerSlackId, String from,
                          ReplyLabel label, double confidence, List<String> actions, Long proposedTouchId,
                          Long meetingId) {
    public ReplyNotice {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(label, "label");
        actions = List.copyOf(actions);
    }
}
