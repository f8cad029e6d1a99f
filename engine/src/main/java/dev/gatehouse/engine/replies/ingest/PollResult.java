package dev.gatehouse.engine.replies.ingest;

import java.util.List;
import java.util.Objects;

/** The messages one poll read, and the cursor to pass to the next poll. */
public record PollResult(List<InboundMessage> messages, ImapCursor cursor) {
    public PollResult {
        messages = List.copyOf(messages);
        Objects.requireNonNull(cursor, "cursor");
    }
}
