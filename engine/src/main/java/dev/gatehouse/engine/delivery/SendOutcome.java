package dev.gatehouse.engine.delivery;

import java.time.Instant;

/** What happened to one SMTP submission; the outbox retries only temporary failures. */
public sealed interface SendOutcome {
    record Sent(String messageId, Instant at) implements SendOutcome {
    }

    /** 4xx reply, timeout or connection failure: try the same message again later. */
    record TemporaryFailure(String reason) implements SendOutcome {
    }

    /** 5xx reply: retrying will not help; a rejected recipient counts as a hard bounce. */
    record PermanentFailure(String reason, boolean recipientRejected) implements SendOutcome {
    }
}
