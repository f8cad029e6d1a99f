package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.replies.ReplyLabel;

import java.util.List;
import java.util.Objects;

/**
 * What a suggested answer to a prospect's reply is written from: what the reply was labelled, the
 * prospect's own words (quoted history removed), the meeting times we may offer (already inside the
 * sender's working hours, each to be copied exactly), and the usual grounds (research, signals, offer,
 * the thread, feedback from earlier attempts) in {@code context}.
 */
public record ReplyRequest(ReplyLabel label, String message, List<String> slots, WritingRequest context) {
    public ReplyRequest {
        Objects.requireNonNull(label, "label");
        message = Objects.requireNonNullElse(message, "");
        slots = List.copyOf(Objects.requireNonNullElse(slots, List.of()));
        Objects.requireNonNull(context, "context");
    }

    public ReplyRequest withFeedback(List<String> more) {
        return new ReplyRequest(label, message, slots, context.withFeedback(more));
    }
}
