package dev.gatehouse.engine.replies.ingest;

import java.util.Objects;

/** The touch an inbound message belongs to, and which header tied them together. */
public record ThreadMatch(long touchId, String messageId, Via via) {
    public enum Via { IN_REPLY_TO, REFERENCES, BOUNCED_MESSAGE }

    public ThreadMatch {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(via, "via");
    }
}
